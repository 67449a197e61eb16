package com.sellout.portal.sellout.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a distributor's open stock exceptions again, as {@link ExceptionRevalidation}
 * does its sell-out ones — after a person corrected a value (a negative stock, an
 * unreadable quantity) or taught the portal one of the distributor's codes — in its
 * active stock reports: a line that now passes is accepted in place, its report recounted
 * and its lines' change published.
 */
@Component
public class StockRevalidation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final ReportContexts contexts;

	private final StockLines stockLines;

	private final ReportEvents events;

	StockRevalidation(JdbcClient jdbc, ScopedTransactions transactions, ReportContexts contexts, StockLines stockLines,
			ReportEvents events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contexts = contexts;
		this.stockLines = stockLines;
		this.events = events;
	}

	private record OpenLine(long reportId, int lineNo, String source, String problems) {
	}

	/**
	 * Re-checks the distributor's open stock exceptions; answers how many were resolved.
	 */
	public int revalidate(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			List<OpenLine> open = jdbc.sql("""
					select l.report_id, l.line_no, l.source::text, l.problems::text
					  from stock_lines l join sellout_reports r on r.id = l.report_id
					 where r.distributor_id = ? and r.kind = 'STOCK' and r.status = any(?)
					   and not l.accepted and l.source is not null
					 order by l.report_id, l.line_no""")
				.params(distributorId, ReportStatus.names(ReportStatus.ACTIVE))
				.query((rs, i) -> new OpenLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
				.list();
			if (open.isEmpty()) {
				return 0;
			}
			StockLineValidator validator = new StockLineValidator(contexts.of(distributorId));
			Set<Long> reports = new LinkedHashSet<>();
			int resolved = 0;
			for (OpenLine line : open) {
				ValidatedLine checked = validator.validate(ExceptionSources.sourceLine(line.lineNo(), line.source()));
				if (checked.accepted()) {
					resolved++;
				}
				else if (Objects.equals(problems(line.problems()), problems(checked.problemsJson()))) {
					continue; // the check finds what it found: the row stays as it is
				}
				write(line, checked);
				reports.add(line.reportId());
			}
			reports.forEach(report -> {
				stockLines.recount(report);
				events.linesChanged(report);
			});
			return resolved;
		});
	}

	/**
	 * Changes one value a stock exception was received with, then re-checks the
	 * distributor's stock exceptions; answers how many are now resolved.
	 * @throws NotFoundException no open exception of that report and line
	 */
	public int correct(long reportId, int lineNo, CanonicalField field, String value) {
		long distributorId = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			long distributor = ExceptionSources.correct(jdbc, "stock_lines", reportId, lineNo, field, value);
			events.linesChanged(reportId);
			return distributor;
		});
		return revalidate(distributorId);
	}

	/** What the check found; an accepted line drops its source. */
	private void write(OpenLine line, ValidatedLine v) {
		jdbc.sql(
				"""
						update stock_lines
						   set accepted = ?, sku = ?, distributor_sku = ?, ean = ?, product_name = ?, warehouse = ?, quantity = ?,
						       unit = ?, cost = ?, problems = ?::jsonb, source = case when ? then null else source end
						 where report_id = ? and line_no = ?""")
			.params(v.accepted(), v.sku, v.distributorSku, v.ean, v.productName, v.warehouse, v.quantity, v.unit,
					v.cost, v.problemsJson(), v.accepted(), line.reportId(), line.lineNo())
			.update();
	}

	private static List<Map<String, String>> problems(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
	}

}
