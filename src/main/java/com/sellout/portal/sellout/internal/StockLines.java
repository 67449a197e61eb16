package com.sellout.portal.sellout.internal;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.sellout.ReportStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code stock_lines}: a stock report's checked lines written in batches
 * within its processing transaction (so they are committed or rolled back with it), and
 * its counts recomputed from them after a fix. A stock report has a few thousand lines,
 * one per product and warehouse, so batches of inserts under the table's row-level
 * security do what the COPY of sell-out lines does for millions.
 */
@Component
class StockLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BATCH = 500;

	private static final String INSERT = """
			insert into stock_lines (report_id, line_no, distributor_id, accepted, sku, distributor_sku, ean,
			                         product_name, warehouse, quantity, unit, cost, problems, source)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""";

	private final JdbcTemplate template;

	private final JdbcClient jdbc;

	StockLines(JdbcTemplate template, JdbcClient jdbc) {
		this.template = template;
		this.jdbc = jdbc;
	}

	/** Writes one report's lines as they are checked; {@link #flush()} the rest. */
	final class Writer {

		private final long reportId;

		private final long distributorId;

		private final List<Object[]> batch = new ArrayList<>(BATCH);

		private Writer(long reportId, long distributorId) {
			this.reportId = reportId;
			this.distributorId = distributorId;
		}

		void add(ValidatedLine line) {
			batch.add(
					new Object[] { reportId, line.number, distributorId, line.accepted(), line.sku, line.distributorSku,
							line.ean, line.productName, line.warehouse, line.quantity, line.unit, line.cost,
							line.problemsJson(), line.source == null ? null : JSON.writeValueAsString(line.source) });
			if (batch.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			if (!batch.isEmpty()) {
				template.batchUpdate(INSERT, batch);
				batch.clear();
			}
		}

	}

	/**
	 * A writer of the report's lines; any lines an earlier attempt left are gone first.
	 */
	Writer open(long reportId, long distributorId) {
		jdbc.sql("delete from stock_lines where report_id = ?").param(reportId).update();
		return new Writer(reportId, distributorId);
	}

	/**
	 * A stock report's counts from its lines (after a fix accepted some), and its status
	 * from whether exceptions remain — never making a former version active again.
	 */
	void recount(long reportId) {
		jdbc.sql("""
				update sellout_reports r
				   set lines = t.lines, accepted_lines = t.accepted, exceptions = t.lines - t.accepted,
				       accepted_quantity = t.quantity, processed_at = now(),
				       status = case when r.status = any(:former) then r.status
				                     when t.lines > t.accepted then :withExceptions else :accepted end
				  from (select count(*) as lines, count(*) filter (where accepted) as accepted,
				               coalesce(sum(quantity) filter (where accepted), 0) as quantity
				          from stock_lines where report_id = :id) t
				 where r.id = :id""")
			.param("id", reportId)
			.param("former", ReportStatus.names(ReportStatus.SUPERSEDED, ReportStatus.WITHDRAWN))
			.param("withExceptions", ReportStatus.ACCEPTED_WITH_EXCEPTIONS.name())
			.param("accepted", ReportStatus.ACCEPTED.name())
			.update();
	}

}
