package com.sellout.portal.sellout.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sellout.portal.sellout.ReportStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line has one definition: a statement names a stored line's columns only through the
 * {@link LineColumn} catalogue, and a report's status only as a parameter from
 * {@link ReportStatus}. The main sources' string literals are read as the compiler sees
 * them (comments left out) and every literal that names a line column of
 * {@code sellout_lines} or the staging table — under a line table's alias
 * ("l.client_inn"), or bare in a statement's text — is a failure, wherever it is but in
 * the catalogue itself. A name that only resembles a column is left alone: a parameter
 * (":sku"), an output alias ("as quantity"), another table's column under its own alias
 * ("p.sku"), a literal that is not a statement (a request parameter "sku", a message
 * key).
 */
class LineColumnCatalogueTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final String CATALOGUE = "LineColumn.java";

	private static final List<String> LINE_TABLES = List.of("sellout_lines", StagedLines.TABLE);

	private static final Pattern ALIAS = Pattern
		.compile("\\b(?:" + String.join("|", LINE_TABLES) + ")\\s+(?:as\\s+)?([a-z]\\w*)");

	private static final Set<String> NOT_ALIASES = Set.of("where", "on", "join", "set", "limit", "order", "as", "using",
			"select", "from", "group", "for", "returning", "values", "left", "inner", "cross");

	private static final Pattern STATEMENT = Pattern
		.compile("(?i)\\b(select|insert|update|delete|where|join|order by|group by|returning|values|coalesce|filter)\\b"
				+ "|\\bis (not )?null\\b|^\\s*(and|or)\\b");

	@Test
	void aColumnNamedOutsideTheCatalogueIsFound() {
		String planted = """
				class Planted {
					// "select sku from sellout_lines" in a comment is no statement
					String sql = "select l.report_id, l.client_inn from sellout_lines l where l.report_id = ?";
					String filter = " and below_floor_pct is not null";
					String text = \"""
							select count(*) as quantity from sellout_lines where sale_date < ?\""";
					String built = "select " + LineColumn.list("l.") + " from sellout_lines l where l.sku = :sku";
					String products = "select p.sku, p.name from products p order by p.sku";
					String sort = "sku";
					char quote = '"';
				}""";
		assertThat(namedOutsideTheCatalogue(planted)).containsExactly("l.client_inn", "below_floor_pct", "sale_date",
				"l.sku");
	}

	@Test
	void aStatementBuiltFromTheCatalogueNamesNoColumnItself() {
		String built = """
				class Built {
					String sql = "select l.report_id, " + LineColumn.list("l.") + " from sellout_lines l where "
							+ LineColumn.SKU.in("l") + " = :sku and l.accepted";
				}""";
		assertThat(namedOutsideTheCatalogue(built)).isEmpty();
	}

	@Test
	void noMainSourceNamesALineColumnOutsideTheCatalogue() {
		List<String> found = new ArrayList<>();
		for (Path file : mainSources()) {
			if (!file.getFileName().toString().equals(CATALOGUE)) {
				namedOutsideTheCatalogue(read(file)).forEach(name -> found.add(SOURCES.relativize(file) + ": " + name));
			}
		}
		assertThat(found).as("line columns named outside LineColumn").isEmpty();
	}

	@Test
	void aStatusWrittenIntoAStatementIsFound() {
		String planted = """
				class Planted {
					String sql = "select id from sellout_reports where status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')";
					String fine = "select id from sellout_reports where status = any(?) and format = 'INCREMENTAL'";
				}""";
		assertThat(statusesWritten(planted)).containsExactly("'ACCEPTED'", "'ACCEPTED_WITH_EXCEPTIONS'");
	}

	@Test
	void noStatementOnReportsWritesAStatusOfItsOwn() {
		List<String> found = new ArrayList<>();
		for (Path file : mainSources()) {
			statusesWritten(read(file)).forEach(status -> found.add(SOURCES.relativize(file) + ": " + status));
		}
		assertThat(found).as("report statuses written into SQL instead of passed from ReportStatus").isEmpty();
	}

	/**
	 * The line columns the source's statements name themselves, in order of appearance.
	 */
	static List<String> namedOutsideTheCatalogue(String source) {
		List<String> literals = literals(source);
		String all = String.join(" ", literals);
		boolean touchesLines = LINE_TABLES.stream().anyMatch(all::contains) || source.contains("LineColumn");
		if (!touchesLines) {
			return List.of();
		}
		Set<String> aliases = new LinkedHashSet<>();
		Matcher alias = ALIAS.matcher(all);
		while (alias.find()) {
			if (!NOT_ALIASES.contains(alias.group(1))) {
				aliases.add(alias.group(1));
			}
		}
		String columns = Arrays.stream(LineColumn.values()).map(LineColumn::column).collect(Collectors.joining("|"));
		Pattern named = Pattern.compile("(?<![\\w.:])(?<!\\bas\\s)(?:([a-z]\\w*)\\.)?(" + columns + ")\\b");
		List<String> found = new ArrayList<>();
		for (String literal : literals) {
			boolean statement = STATEMENT.matcher(literal).find();
			Matcher m = named.matcher(literal);
			while (m.find()) {
				String qualifier = m.group(1);
				if (qualifier != null ? aliases.contains(qualifier) : statement) {
					found.add(m.group());
				}
			}
		}
		return found;
	}

	/**
	 * The report statuses written as SQL text ('ACCEPTED') into the literals of a source
	 * that reads reports.
	 */
	static List<String> statusesWritten(String source) {
		List<String> literals = literals(source);
		if (literals.stream().noneMatch(literal -> literal.contains("sellout_reports"))) {
			return List.of(); // deliveries have statuses of their own, some of the same
								// name
		}
		String statuses = Arrays.stream(ReportStatus.values()).map(ReportStatus::name).collect(Collectors.joining("|"));
		Pattern written = Pattern.compile("'(?:" + statuses + ")'");
		List<String> found = new ArrayList<>();
		for (String literal : literals) {
			Matcher m = written.matcher(literal);
			while (m.find()) {
				found.add(m.group());
			}
		}
		return found;
	}

	/**
	 * The string literals and text blocks of a Java source, as written between their
	 * quotes; comments are not read.
	 */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
				i = source.indexOf('\n', i);
				i = i < 0 ? n : i;
			}
			else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
				i = source.indexOf("*/", i + 2);
				i = i < 0 ? n : i + 2;
			}
			else if (c == '\'') {
				i = skipQuoted(source, i + 1, '\'');
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (end > 0 && source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				end = end < 0 ? n : end;
				literals.add(source.substring(i + 3, end));
				i = Math.min(n, end + 3);
			}
			else if (c == '"') {
				int end = skipQuoted(source, i + 1, '"');
				literals.add(source.substring(i + 1, Math.max(i + 1, end - 1)));
				i = end;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	/** The position after the closing quote, escapes passed over. */
	private static int skipQuoted(String source, int from, char quote) {
		int i = from;
		while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(source.length(), i + 1);
	}

	private static List<Path> mainSources() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
