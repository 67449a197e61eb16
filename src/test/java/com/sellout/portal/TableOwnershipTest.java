package com.sellout.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sellout.portal.database.ReadViews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables, and another module's SQL never names them — the boundary
 * {@code verify()} cannot see. A table belongs to the module whose migrations folder
 * creates it ({@code db/migration/<module>/}); a module reads another's data through that
 * module's Java API or through a read view the owner declares with {@link ReadViews} on
 * its {@code package-info}. Global tables (below) belong to no module.
 *
 * <p>
 * The SQL is found in the string literals of each module's main sources (adjacent
 * literals joined by {@code +} read as one): every name after {@code from}, {@code join},
 * {@code into}, {@code update}, {@code table}, {@code copy}, {@code truncate} or
 * {@code using}, and after the commas of a from list, that is a table or view of the
 * migrations.
 */
class TableOwnershipTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/com/sellout/portal");

	/**
	 * Tables of no module: Flyway's history, db-scheduler's jobs ({@code jobs} runs them
	 * for all), Spring Session's web sessions (created by identity's migration, written
	 * by Spring Session) and Spring Modulith's event publication registry (its own folder
	 * {@code db/migration/events/}).
	 */
	private static final Set<String> GLOBAL_TABLES = Set.of("flyway_schema_history", "scheduled_tasks",
			"spring_session", "spring_session_attributes", "event_publication", "event_publication_archive");

	/** Folders of migrations that hold global tables only. */
	private static final Set<String> GLOBAL_FOLDERS = Set.of("events");

	/**
	 * Tables created by a migration kept whole in the folder of the module that owns most
	 * of it (a moved script must keep its checksum, so it cannot be split) but owned by
	 * another module.
	 */
	private static final Map<String, String> OWNED_ELSEWHERE = Map.of(
			// sellout/V5_1__integration_accounts.sql: the API tokens are identity's
			"api_tokens", "identity",
			// ingest/V6_1__channels.sql: the deliveries are ingest's, the outbox
			// messaging's, password links identity's
			"outgoing_mails", "messaging", "password_tokens", "identity",
			// sellout/V4_1__sellout.sql: the distributors' templates and value mappings
			// are mapping's
			"sellout_templates", "mapping", "value_mappings", "mapping",
			// sellout/V5_1__integration_accounts.sql: the 1C exchange's sessions and
			// chunks are ingest's (ingest/onec)
			"onec_exchange_sessions", "ingest", "onec_exchange_chunks", "ingest");

	private static final Pattern CREATED = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?(table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?"
					+ "(?:public\\.)?([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RENAMED = Pattern.compile(
			"\\balter\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*|[(),;]");

	private static final Set<String> LEADING = Set.of("from", "join", "into", "update", "table", "copy", "truncate",
			"using");

	/** Words that may stand between a leading word and the table's name. */
	private static final Set<String> NOISE = Set.of("only", "if", "exists", "public");

	private static final Set<String> SQL_WORDS = Set.of("where", "join", "left", "right", "inner", "outer", "full",
			"cross", "on", "using", "order", "group", "limit", "offset", "for", "set", "returning", "union", "natural",
			"lateral", "window", "having", "and", "or", "values", "select", "as");

	/** Table or view name to its owning module; global tables are not in it. */
	private static final Map<String, String> OWNERS = new TreeMap<>();

	/** Views by module, as created in its migrations. */
	private static final Map<String, Set<String>> VIEWS = new TreeMap<>();

	@BeforeAll
	static void readMigrations() throws IOException {
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				Path folder = MIGRATIONS.relativize(file).getParent();
				assertThat(folder).as("%s must sit in its module's folder db/migration/<module>/", file).isNotNull();
				String module = folder.getName(0).toString();
				String sql = withoutSqlComments(Files.readString(file));
				Matcher created = CREATED.matcher(sql);
				while (created.find()) {
					String name = created.group(2).toLowerCase();
					if (GLOBAL_FOLDERS.contains(module) || GLOBAL_TABLES.contains(name)) {
						continue;
					}
					OWNERS.put(name, OWNED_ELSEWHERE.getOrDefault(name, module));
					if (created.group(1).toLowerCase().contains("view")) {
						VIEWS.computeIfAbsent(module, m -> new TreeSet<>()).add(name);
					}
				}
				Matcher renamed = RENAMED.matcher(sql);
				while (renamed.find()) {
					OWNERS.remove(renamed.group(1).toLowerCase());
					OWNERS.put(renamed.group(2).toLowerCase(), module);
				}
			}
		}
	}

	@Test
	void everyMigrationFolderIsAModuleAndEveryModuleItsOwnFolder() {
		Set<String> modules = modules();
		assertThat(OWNERS).containsEntry("sellout_lines", "sellout")
			.containsEntry("clients", "clients")
			.containsEntry("import_results", "imports")
			.doesNotContainKey("catalog_imports");
		assertThat(new TreeSet<>(OWNERS.values())).allSatisfy(owner -> assertThat(modules).contains(owner));
	}

	@Test
	void publishedViewsAreViewsOfTheirOwnersMigrations() {
		modules().forEach(module -> {
			for (String view : publishedViews(module)) {
				assertThat(VIEWS.getOrDefault(module, Set.of()))
					.as("%s publishes %s: a view its own migrations must create", module, view)
					.contains(view);
			}
		});
	}

	@Test
	void noModuleTouchesAnotherModulesTables() {
		Map<String, Set<String>> unexpected = new TreeMap<>();
		crossings().forEach((file, tables) -> {
			Set<String> rest = new TreeSet<>();
			tables.forEach(table -> rest.add(table + " (" + OWNERS.get(table) + ")"));
			if (!rest.isEmpty()) {
				unexpected.put(file, rest);
			}
		});
		assertThat(unexpected)
			.as("SQL naming another module's table (owner in brackets); call the owner's API or read"
					+ " a view it publishes with @ReadViews")
			.isEmpty();
	}

	@Test
	void theScanFindsTablesWhereverSqlNamesThemAndOnlyThere() {
		String source = """
				class Sample {
					// select * from clients
					/* update client_history set reason = 'X' */
					String a = "select d.name from deliveries x, distributors d where x.distributor_id = d.id";
					String b = \"""
							select 1 -- from client_contacts
							  from sellout_reports r left join sellout_files f using (id)\""";
					String c = " from delivery_files f" + " join " + "users u on u.id = f.report_id";
					String d = "insert into audit_events (action) values ('from products')";
					String e = "Clients and products of the manufacturer";
					char quote = '"';
					String f = "delete from manager_client_scopes";
					String g = "copy sellout_lines (report_id) from stdin";
				}
				""";
		assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("deliveries", "distributors", "sellout_reports",
				"sellout_files", "delivery_files", "users", "audit_events", "manager_client_scopes", "sellout_lines");
	}

	/**
	 * The tables of other modules each source file names: its path under the base package
	 * to the tables.
	 */
	private static Map<String, Set<String>> crossings() {
		Map<String, Set<String>> published = new TreeMap<>();
		modules().forEach(module -> published.put(module, publishedViews(module)));
		Map<String, Set<String>> crossings = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String relative = SOURCES.relativize(file).toString().replace('\\', '/');
				if (!relative.contains("/")) {
					continue; // the application class, no module's
				}
				String module = relative.substring(0, relative.indexOf('/'));
				for (String table : tablesNamedIn(Files.readString(file))) {
					String owner = OWNERS.get(table);
					if (!owner.equals(module) && !published.getOrDefault(owner, Set.of()).contains(table)) {
						crossings.computeIfAbsent(relative, f -> new TreeSet<>()).add(table);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return crossings;
	}

	/**
	 * Every table or view of the migrations that a statement in this source's string
	 * literals names.
	 */
	static Set<String> tablesNamedIn(String source) {
		Set<String> named = new TreeSet<>();
		for (String literal : sqlLiterals(source)) {
			List<String> tokens = new ArrayList<>();
			// names in SQL's own quoted strings ('from products') are data, not tables
			Matcher token = TOKEN.matcher(withoutSqlComments(literal).replaceAll("'(?:[^']|'')*'", "''"));
			while (token.find()) {
				tokens.add(token.group().toLowerCase());
			}
			for (int i = 0; i < tokens.size(); i++) {
				if (!LEADING.contains(tokens.get(i))) {
					continue;
				}
				boolean fromList = tokens.get(i).equals("from") || tokens.get(i).equals("using");
				int j = i + 1;
				while (j < tokens.size()) {
					while (j < tokens.size() && NOISE.contains(tokens.get(j))) {
						j++;
					}
					if (j >= tokens.size()) {
						break;
					}
					String name = tokens.get(j).startsWith("public.") ? tokens.get(j).substring(7) : tokens.get(j);
					if (OWNERS.containsKey(name)) {
						named.add(name);
					}
					if (!fromList) {
						break;
					}
					// a from list: "a x, b y" names b too; anything else ends it
					j++;
					if (j < tokens.size() && tokens.get(j).equals("as")) {
						j++;
					}
					if (j < tokens.size() && !SQL_WORDS.contains(tokens.get(j)) && isName(tokens.get(j))) {
						j++;
					}
					if (j < tokens.size() && tokens.get(j).equals(",")) {
						j++;
						continue;
					}
					break;
				}
			}
		}
		return named;
	}

	private static boolean isName(String token) {
		return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
	}

	/**
	 * The string literals and text blocks of a Java source, outside comments; literals
	 * joined by a {@code +} are one.
	 */
	static List<String> sqlLiterals(String source) {
		List<String> literals = new ArrayList<>();
		StringBuilder current = null;
		int end = -1;
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
				i = source.indexOf('\n', i);
				i = i < 0 ? n : i;
				continue;
			}
			if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
				int close = source.indexOf("*/", i + 2);
				i = close < 0 ? n : close + 2;
				continue;
			}
			if (c == '\'') {
				// a char literal: '"' must not open a string
				i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
				continue;
			}
			if (c == '"') {
				boolean block = source.startsWith("\"\"\"", i);
				int start = i + (block ? 3 : 1);
				int j = start;
				while (j < n) {
					if (source.charAt(j) == '\\') {
						j += 2;
						continue;
					}
					if (block ? source.startsWith("\"\"\"", j) : source.charAt(j) == '"') {
						break;
					}
					j++;
				}
				String text = source.substring(start, Math.min(j, n));
				boolean joined = current != null && source.substring(end, i).strip().equals("+");
				if (joined) {
					current.append(text);
				}
				else {
					if (current != null) {
						literals.add(current.toString());
					}
					current = new StringBuilder(text);
				}
				i = j + (block ? 3 : 1);
				end = i;
				continue;
			}
			i++;
		}
		if (current != null) {
			literals.add(current.toString());
		}
		return literals;
	}

	private static String withoutSqlComments(String sql) {
		return sql.replaceAll("--[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
	}

	/** The business modules: the top-level packages of the application. */
	private static Set<String> modules() {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory)
				.map(dir -> dir.getFileName().toString())
				.collect(TreeSet::new, Set::add, Set::addAll);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> publishedViews(String module) {
		try {
			Class<?> info = Class.forName("com.sellout.portal." + module + ".package-info");
			ReadViews views = info.getAnnotation(ReadViews.class);
			return views == null ? Set.of() : Set.of(views.value());
		}
		catch (ClassNotFoundException ex) {
			return Set.of();
		}
	}

}
