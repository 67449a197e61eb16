package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.sellout.ReportStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a distributor's open exceptions again — after a person fixed a value or taught
 * the portal one of the distributor's codes — in every report that counts (active, or
 * waiting to be read): the lines that now pass are accepted in place and their reports'
 * totals recomputed, at once. The stock exceptions of the distributor's active stock
 * reports too ({@link StockRevalidation}): a value mapping resolves both.
 */
@Component
public class ExceptionRevalidation {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final ReportContexts contexts;

	private final ClientDirectory clients;

	private final ReportStore store;

	private final ReportEvents events;

	private final StockRevalidation stock;

	ExceptionRevalidation(JdbcClient jdbc, ScopedTransactions transactions, ReportContexts contexts,
			ClientDirectory clients, ReportStore store, ReportEvents events, StockRevalidation stock) {
		this.stock = stock;
		this.store = store;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contexts = contexts;
		this.clients = clients;
	}

	/**
	 * An open exception as stored: what the file said, its problems and values, and its
	 * report's period.
	 */
	private record OpenLine(long reportId, int lineNo, String source, LocalDate period, String problems,
			LineValues stored) {
	}

	/**
	 * Re-checks the distributor's open exceptions; answers how many were resolved. A line
	 * that now passes is accepted with every value of the line; one that still fails
	 * keeps its source but shows what the check now finds (a problem an alias fixed is
	 * gone, a corrected value is seen).
	 */
	public int revalidate(long distributorId) {
		return revalidateAll(distributorId).total();
	}

	/**
	 * What a re-check accepted: the sell-out lines per report (in the order of the
	 * reports) and the stock lines.
	 */
	public record Outcome(Map<Long, Integer> byReport, int stock) {

		public int total() {
			return byReport.values().stream().mapToInt(Integer::intValue).sum() + stock;
		}

	}

	/** {@link #revalidate}, saying in which reports the lines were accepted. */
	public Outcome revalidateAll(long distributorId) {
		Map<Long, Integer> byReport = sellOut(distributorId);
		return new Outcome(byReport, stock.revalidate(distributorId));
	}

	/** The sell-out exceptions: what {@link #revalidate} does for sell-out reports. */
	private Map<Long, Integer> sellOut(long distributorId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			List<OpenLine> open = jdbc.sql("""
					select l.report_id, l.line_no, l.source::text as source, r.period, l.problems::text as problems,
					       %s
					  from sellout_lines l join sellout_reports r on r.id = l.report_id
					 where r.distributor_id = ? and r.status = any(?)
					   and not l.accepted and l.source is not null
					 order by l.report_id, l.line_no""".formatted(LineColumn.list("l.")))
				.params(distributorId, ReportStatus.names(ReportStatus.ACTIVE))
				.query((rs, i) -> new OpenLine(rs.getLong("report_id"), rs.getInt("line_no"), rs.getString("source"),
						rs.getObject("period", LocalDate.class), rs.getString("problems"), LineColumn.readAll(rs)))
				.list();
			Map<Long, Integer> accepted = new LinkedHashMap<>();
			if (open.isEmpty()) {
				return accepted;
			}
			ReportContext context = contexts.of(distributorId);
			LineValidator validator = new LineValidator(context);
			Tally tally = new Tally();
			Set<Long> reports = new LinkedHashSet<>();
			for (OpenLine line : open) {
				ValidatedLine checked = validator.validate(ExceptionSources.sourceLine(line.lineNo(), line.source()));
				if (checked.accepted()) {
					tally.add(checked, context);
					accepted.merge(line.reportId(), 1, Integer::sum);
				}
				else if (sameProblems(line.problems(), checked.problemsJson())
						&& line.stored().sameAs(LineColumn.valuesOf(checked))) {
					continue; // nothing the check finds has changed: the row stays as it
								// is
				}
				write(line, checked);
				reports.add(line.reportId());
			}
			clients.foundInSellOut(distributorId, tally.newClients.values());
			reports.forEach(report -> {
				store.recount(report, false);
				events.linesChanged(report);
			});
			return accepted;
		});
	}

	/**
	 * Changes one value an exception line was received with, then re-checks the
	 * distributor's exceptions.
	 */
	public int correct(long reportId, int lineNo, CanonicalField field, String value) {
		return correctAll(reportId, List.of(lineNo), field, value).total();
	}

	/**
	 * Changes one value of several exception lines of a report to the same — the value
	 * the file wrote the same wrong way on each — then re-checks the distributor's
	 * exceptions once.
	 */
	public Outcome correctAll(long reportId, List<Integer> lineNos, CanonicalField field, String value) {
		long distributorId = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			long distributor = 0;
			for (int lineNo : lineNos) {
				distributor = ExceptionSources.correct(jdbc, "sellout_lines", reportId, lineNo, field, value);
			}
			events.linesChanged(reportId);
			return distributor;
		});
		return revalidateAll(distributorId);
	}

	/**
	 * Writes what the check found: every value of the line, its verdict and problems; an
	 * accepted line drops its source.
	 */
	private void write(OpenLine line, ValidatedLine v) {
		boolean outside = line.period() != null && v.saleDate != null
				&& (v.saleDate.isBefore(line.period()) || !v.saleDate.isBefore(line.period().plusMonths(1)));
		List<Object> params = new ArrayList<>();
		params.add(v.accepted());
		for (LineColumn column : LineColumn.values()) {
			params.add(column.parameter(v));
		}
		params.add(outside);
		params.add(v.problemsJson());
		params.add(v.accepted());
		params.add(v.problemsJson());
		params.add(line.reportId());
		params.add(line.lineNo());
		jdbc.sql("update sellout_lines set accepted = ?, " + LineColumn.assignments()
				+ ", out_of_period = ?, problems = ?::jsonb, source = case when ? then null else source end"
				// a product unknown before and known now was resolved by a person: the
				// scorecards count it so (the problems that said so are replaced here)
				+ ", product_by_person = product_by_person or (coalesce(problems @> '[{\"code\": \"unknownProduct\"}]', false)"
				+ " and not coalesce(cast(? as jsonb) @> '[{\"code\": \"unknownProduct\"}]', false))"
				+ " where report_id = ? and line_no = ?")
			.params(params)
			.update();
	}

	private static boolean sameProblems(String stored, String found) {
		return problemList(stored).equals(problemList(found));
	}

	private static List<Map<String, String>> problemList(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
	}

}
