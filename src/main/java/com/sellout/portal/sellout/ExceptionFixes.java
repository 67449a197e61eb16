package com.sellout.portal.sellout;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.ProductIdentity;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappings;
import com.sellout.portal.sellout.internal.ExceptionRevalidation;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.MatchingText;
import com.sellout.portal.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixing exceptions where they are: a value corrected, or an unknown product mapped to
 * the catalog from suggestions (same EAN, exact name, similar names ranked). A product
 * mapping is learned as the distributor's value mapping, and every open exception it
 * resolves — in every report of that distributor — is accepted at once, with its report's
 * totals.
 */
@Service
public class ExceptionFixes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final SellOutReports reports;

	private final Catalog catalog;

	private final ValueMappings mappings;

	private final ExceptionRevalidation revalidation;

	private final ScopedTransactions transactions;

	ExceptionFixes(JdbcClient jdbc, SellOutReports reports, Catalog catalog, ValueMappings mappings,
			ExceptionRevalidation revalidation, ScopedTransactions transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.reports = reports;
		this.catalog = catalog;
		this.mappings = mappings;
		this.revalidation = revalidation;
	}

	/** An exception line as received, with why it failed. */
	public record OpenException(long reportId, long distributorId, int lineNo, Map<String, String> values,
			List<LineProblem> problems) {

		public boolean unknownProduct() {
			return problems.stream().anyMatch(p -> p.code().equals("unknownProduct"));
		}

		/**
		 * The alias that fixes one of the line's problems — a segment or region not
		 * understood — else a region's.
		 */
		public ValueMappingType aliasType() {
			for (LineProblem problem : problems) {
				if (problem.code().equals("unknownSegment")) {
					return ValueMappingType.SEGMENT;
				}
				if (problem.code().equals("unknownRegion")) {
					return ValueMappingType.REGION;
				}
			}
			return ValueMappingType.REGION;
		}

		/**
		 * How the line writes the value {@link #aliasType()} names: what the alias maps
		 * from.
		 */
		public String aliasFrom() {
			return values.get(switch (aliasType()) {
				case SEGMENT -> "client_segment";
				case UNIT -> "unit";
				default -> "region";
			});
		}

		/**
		 * What the distributor called the product: its code, the SKU column's text, or
		 * the name.
		 */
		public String productKey() {
			for (String field : List.of("distributor_sku", "sku", "ean", "product_name")) {
				if (values.get(field) != null && !values.get(field).isBlank()) {
					return values.get(field);
				}
			}
			return null;
		}

	}

	/** A catalog product that may be the one meant, and why it is suggested. */
	public record Suggestion(String sku, String name, String reason, int score) {
	}

	/** The exception line, if the caller may see it and it is still open. */
	@Transactional(readOnly = true)
	public OpenException open(long reportId, int lineNo) {
		SellOutReport report = reports.get(reportId);
		if (!report.status().isActive()) {
			throw new ReportVersionConflictException("sellout.versions.readOnly", reportId); // a
																								// former
																								// version
																								// is
																								// read-only
		}
		String source = jdbc
			.sql("select source::text from sellout_lines where report_id = ? and line_no = ? and not accepted")
			.params(reportId, lineNo)
			.query(String.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		Map<String, String> values = source == null ? Map.of()
				: JSON.readValue(source, new TypeReference<LinkedHashMap<String, String>>() {
				});
		List<LineProblem> problems = jdbc
			.sql("select problems::text from sellout_lines where report_id = ? and line_no = ?")
			.params(reportId, lineNo)
			.query(String.class)
			.optional()
			.map(json -> JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
			}).stream().map(p -> new LineProblem(p.get("field"), p.get("value"), p.get("code"))).toList())
			.orElse(List.of());
		return new OpenException(reportId, report.distributorId(), lineNo, values, problems);
	}

	/**
	 * Up to five products: the same EAN, the exact name, then names most alike (trigram
	 * similarity).
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(OpenException line) {
		String ean = line.values().get("ean");
		String name = line.values().get("product_name");
		List<Suggestion> found = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		List<ProductIdentity> products = catalog.identities();
		for (ProductIdentity product : products) {
			if (ean != null && ean.replace(" ", "").equals(product.ean()) && taken.add(product.sku())) {
				found.add(new Suggestion(product.sku(), product.name(), "ean", 100));
			}
		}
		if (name != null) {
			Set<String> wanted = trigrams(name);
			products.stream()
				.map(p -> new Suggestion(p.sku(), p.name(), key(p.name()).equals(key(name)) ? "name" : "similar",
						(int) Math.round(100 * similarity(wanted, trigrams(p.name())))))
				.filter(s -> s.score() >= 30)
				.sorted(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::sku))
				.filter(s -> taken.add(s.sku()))
				.limit(5)
				.forEach(found::add);
		}
		return found.stream().limit(5).toList();
	}

	/**
	 * What teaching the portal some of a distributor's values did: mappings saved, open
	 * exceptions resolved, and where.
	 */
	public record Learned(int saved, int resolved, Accepted accepted) {

	}

	/**
	 * The lines a fix accepted: how many in all (stock lines too), and the sell-out ones
	 * per report, in the order of the reports.
	 */
	public record Accepted(int lines, Map<Long, Integer> byReport) implements Serializable {

		static Accepted of(ExceptionRevalidation.Outcome outcome) {
			return new Accepted(outcome.total(), Collections.unmodifiableMap(new LinkedHashMap<>(outcome.byReport())));
		}

	}

	/**
	 * Saves a distributor's value mappings (CSV or JSON, see
	 * {@link ValueMappings#upload}) and re-checks the open exceptions of its active
	 * reports with them. The one way mappings are taught — over the API, from an
	 * exception's page — so that each resolves what it can at once.
	 */
	public Learned learn(long distributorId, ValueMappingType type, byte[] content) {
		int saved = mappings.upload(distributorId, type, content);
		ExceptionRevalidation.Outcome outcome = revalidation.revalidateAll(distributorId);
		return new Learned(saved, outcome.total(), Accepted.of(outcome));
	}

	/**
	 * Learns the distributor's name or code for a catalog SKU; answers how many open
	 * exceptions it resolved.
	 */
	public int mapProduct(long reportId, int lineNo, String sku) {
		return map(reportId, lineNo, sku).lines();
	}

	/** {@link #mapProduct}, saying in which reports the lines were accepted. */
	public Accepted map(long reportId, int lineNo, String sku) {
		OpenException line = transactions.callAs(DataScopes.current(), () -> open(reportId, lineNo));
		String key = line.productKey();
		if (key == null || sku == null || sku.isBlank()) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("sku", "sellout.fix.chooseSku")));
		}
		String csv = "from;to\n" + key.replace(";", " ") + ";" + sku.strip() + "\n";
		return learn(line.distributorId(), ValueMappingType.SKU, csv.getBytes(StandardCharsets.UTF_8)).accepted();
	}

	/**
	 * Teaches the portal one of the distributor's names for a region, unit or segment,
	 * then re-checks its exceptions.
	 */
	public int addAlias(long reportId, int lineNo, ValueMappingType type, String from, String to) {
		return alias(reportId, lineNo, type, from, to).lines();
	}

	/** {@link #addAlias}, saying in which reports the lines were accepted. */
	public Accepted alias(long reportId, int lineNo, ValueMappingType type, String from, String to) {
		OpenException line = transactions.callAs(DataScopes.current(), () -> open(reportId, lineNo));
		if (type == ValueMappingType.SKU || from == null || from.isBlank() || to == null || to.isBlank()) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("alias", "sellout.fix.aliasRequired")));
		}
		String csv = "from;to\n" + from.strip().replace(";", " ") + ";" + to.strip().replace(";", " ") + "\n";
		return learn(line.distributorId(), type, csv.getBytes(StandardCharsets.UTF_8)).accepted();
	}

	/**
	 * Corrects one received value of the line; answers how many open exceptions are now
	 * resolved.
	 */
	public int correct(long reportId, int lineNo, CanonicalField field, String value) {
		return correct(reportId, lineNo, field, value, false).lines();
	}

	/**
	 * Corrects one received value of the line — and, when asked, of every open line of
	 * the report that has the same problem with the same value ({@link #sameProblem}) —
	 * then re-checks; says which lines were accepted where.
	 */
	public Accepted correct(long reportId, int lineNo, CanonicalField field, String value, boolean sameOnAll) {
		// the caller may see the line, and it is open
		OpenException line = transactions.callAs(DataScopes.current(), () -> open(reportId, lineNo));
		List<Integer> lines = List.of(lineNo);
		if (sameOnAll) {
			LineProblem problem = line.problems()
				.stream()
				.filter(p -> field.key().equals(p.field()))
				.findFirst()
				.orElse(null);
			if (problem != null) {
				lines = transactions.callAs(DataScopes.current(), () -> sameProblem(reportId, problem));
			}
		}
		return Accepted.of(revalidation.correctAll(reportId, lines, field, value));
	}

	/**
	 * The open lines of the report whose problem is this one — the same field, reason and
	 * value as received: what «fix the same value on all N lines» changes.
	 */
	@Transactional(readOnly = true)
	public List<Integer> sameProblem(long reportId, LineProblem problem) {
		Map<String, String> wanted = new LinkedHashMap<>();
		wanted.put("field", problem.field());
		wanted.put("value", problem.value());
		wanted.put("code", problem.code());
		return jdbc.sql("""
				select line_no from sellout_lines
				 where report_id = ? and not accepted and source is not null and problems @> ?::jsonb
				 order by line_no""")
			.params(reportId, JSON.writeValueAsString(List.of(wanted)))
			.query(Integer.class)
			.list();
	}

	/**
	 * The open exception after this line in the report (the first one again past the
	 * last), if another is open.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> nextOpen(long reportId, int lineNo) {
		return jdbc.sql("""
				select line_no from sellout_lines
				 where report_id = ? and not accepted and source is not null and line_no <> ?
				 order by line_no < ?, line_no
				 limit 1""").params(reportId, lineNo, lineNo).query(Integer.class).optional();
	}

	private static String key(String text) {
		return MatchingText.words(text, "");
	}

	private static Set<String> trigrams(String text) {
		String padded = "  " + key(text) + " ";
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 3 <= padded.length(); i++) {
			grams.add(padded.substring(i, i + 3));
		}
		return grams;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String gram : a) {
			if (b.contains(gram)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

}
