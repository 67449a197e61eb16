package com.sellout.portal.analytics.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesRollupsRefreshed;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the rollups hold one report as it stands now: in one transaction across all
 * distributors (system work), the report's row of {@code analytics_reports} is created if
 * missing and locked, so that two refreshes of one report (two events, two nodes) run one
 * after the other; then the report's current revision and status are read, and when the
 * rollups already hold that revision nothing is done. Otherwise every rollup loses the
 * report's rows and, when it is an active sell-out report, gets them again from the
 * report's accepted lines ({@code sellout_sales}).
 *
 * <p>
 * Because a refresh never applies an event's content but always recomputes the report
 * from its current state, it is idempotent per (report, revision) — the at-least-once
 * delivery of the events may repeat one — and independent of the order the events arrive
 * in: a late, stale event finds the rollups at the newest revision already, or brings
 * them there. The revision is read before the lines (read committed: each statement sees
 * what was committed when it began), so the revision recorded is never newer than the
 * lines summed; a change committed in between raises the revision again and its own event
 * refreshes once more.
 */
@Component
class RollupRefresh {

	private static final Logger log = LoggerFactory.getLogger(RollupRefresh.class);

	/**
	 * The report's rows of every rollup, in one statement: its accepted lines read once
	 * and summed by the finest key (client × product × region × segment × unit, the
	 * client's name kept as the lines' greatest), each rollup an
	 * {@code insert … select … group by} of those sums (sums of sums and counts are the
	 * sums and counts of the lines), and the lines below their floor read by their own
	 * index. A line counts in the net amount when its currency is the rouble (none said:
	 * the rouble); the others are counted apart. Reading the lines once, not once per
	 * rollup, is most of the time a 100,000-line report's refresh saves.
	 */
	private static final String INSERT = """
			with finest as materialized (
			    select report_id, distributor_id, period, client_inn, sku, region_code, client_segment, unit,
			           max(client_name) as client_name, count(*) as lines, sum(quantity) as quantity,
			           sum(amount_net) filter (where coalesce(currency, 'RUB') = 'RUB') as amount_net,
			           count(*) filter (where coalesce(currency, 'RUB') <> 'RUB') as other_currency_lines
			      from sellout_sales where report_id = :report
			     group by report_id, distributor_id, period, client_inn, sku, region_code, client_segment, unit),
			by_product as (
			    insert into sales_by_product (report_id, distributor_id, period, sku, unit, lines, quantity, amount_net,
			                                  other_currency_lines)
			    select report_id, distributor_id, period, sku, unit, sum(lines), sum(quantity), sum(amount_net),
			           sum(other_currency_lines)
			      from finest group by report_id, distributor_id, period, sku, unit),
			by_place as (
			    insert into sales_by_place (report_id, distributor_id, period, region_code, client_segment, unit, lines,
			                                quantity, amount_net, other_currency_lines)
			    select report_id, distributor_id, period, region_code, client_segment, unit, sum(lines), sum(quantity),
			           sum(amount_net), sum(other_currency_lines)
			      from finest group by report_id, distributor_id, period, region_code, client_segment, unit),
			by_product_place as (
			    insert into sales_by_product_place (report_id, distributor_id, period, sku, region_code, client_segment,
			                                        unit, lines, quantity, amount_net, other_currency_lines)
			    select report_id, distributor_id, period, sku, region_code, client_segment, unit, sum(lines),
			           sum(quantity), sum(amount_net), sum(other_currency_lines)
			      from finest group by report_id, distributor_id, period, sku, region_code, client_segment, unit),
			by_client as (
			    insert into sales_by_client (report_id, distributor_id, period, client_inn, client_name, region_code,
			                                 client_segment, unit, lines, quantity, amount_net, other_currency_lines)
			    select report_id, distributor_id, period, client_inn, max(client_name), region_code, client_segment,
			           unit, sum(lines), sum(quantity), sum(amount_net), sum(other_currency_lines)
			      from finest group by report_id, distributor_id, period, client_inn, region_code, client_segment, unit),
			below_floor as (
			    insert into sales_below_floor (report_id, distributor_id, period, client_inn, client_name, sku, lines,
			                                   quantity, amount_net, below_amount, floor_amount, max_below_pct)
			    select report_id, distributor_id, period, client_inn, max(client_name), sku, count(*), sum(quantity),
			           sum(amount_net) filter (where coalesce(currency, 'RUB') = 'RUB'),
			           sum((floor_price - price_net) * quantity), sum(floor_price * quantity), max(below_floor_pct)
			      from sellout_sales where report_id = :report and below_floor_pct is not null
			       and coalesce(currency, 'RUB') = 'RUB'
			     group by report_id, distributor_id, period, client_inn, sku)
			insert into sales_by_client_product (report_id, distributor_id, period, client_inn, sku, region_code,
			                                     client_segment, unit, lines, quantity, amount_net, other_currency_lines)
			select report_id, distributor_id, period, client_inn, sku, region_code, client_segment, unit, lines,
			       quantity, amount_net, other_currency_lines
			  from finest""";

	/**
	 * Memory for the sorts and sums of one report's lines (the default 4 MB sends the
	 * sort of a 100,000-line report to disk).
	 */
	private static final String WORK_MEM = "64MB";

	/** The tables holding reports' rows. */
	private static final List<String> TABLES = List.of(Rollup.PRODUCT.table(), Rollup.PLACE.table(),
			Rollup.PRODUCT_PLACE.table(), Rollup.CLIENT.table(), Rollup.CLIENT_PRODUCT.table(), "sales_below_floor");

	private static final String[] ACTIVE = ReportStatus.names(ReportStatus.ACTIVE);

	/** What a refresh did. */
	enum Outcome {

		/** The rollups held the report's current revision already. */
		UNCHANGED,
		/**
		 * The report's rows were made again (its sums, or none when it no longer counts).
		 */
		REFRESHED

	}

	private record State(long distributorId, @Nullable LocalDate period, long revision, boolean active) {
	}

	private final ScopedTransactions transactions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RollupRefresh(ScopedTransactions transactions, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Makes the rollups hold the report at its current revision. */
	Outcome refresh(long reportId) {
		long started = System.nanoTime();
		Outcome outcome = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			jdbc.sql("""
					insert into analytics_reports (report_id, distributor_id, period, revision, active)
					select id, distributor_id, period, -1, false from sellout_report_states where id = ?
					on conflict do nothing""").param(reportId).update();
			Long held = jdbc.sql("select revision from analytics_reports where report_id = ? for update")
				.param(reportId)
				.query(Long.class)
				.optional()
				.orElse(null);
			State state = state(reportId);
			if (held != null && state != null && held == state.revision()) {
				return Outcome.UNCHANGED;
			}
			TABLES.forEach(table -> jdbc.sql("delete from " + table + " where report_id = ?").param(reportId).update());
			if (state == null) {
				jdbc.sql("delete from analytics_reports where report_id = ?").param(reportId).update();
				return Outcome.REFRESHED;
			}
			if (state.active()) {
				// a report's lines sorted and summed in memory, not in temporary files
				jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
				jdbc.sql(INSERT).param("report", reportId).update();
			}
			jdbc.sql(
					"""
							update analytics_reports set distributor_id = ?, period = ?, revision = ?, active = ?, refreshed_at = now()
							 where report_id = ?""")
				.params(state.distributorId(), state.period(), state.revision(), state.active(), reportId)
				.update();
			if (state.period() != null) {
				events.publishEvent(
						new SalesRollupsRefreshed(reportId, state.distributorId(), YearMonth.from(state.period())));
			}
			return Outcome.REFRESHED;
		});
		log.debug("Rollups of report {}: {} in {} ms", reportId, outcome, (System.nanoTime() - started) / 1_000_000);
		return outcome;
	}

	/**
	 * The sell-out reports that count now, for a database whose rollups are empty while
	 * it has sales: a database from before analytics.
	 */
	List<Long> missingReports() {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select id from sellout_report_states
				 where kind = ? and status = any(?) and not exists (select 1 from analytics_reports)
				 order by id""").params(ReportKind.SELLOUT.name(), ACTIVE).query(Long.class).list());
	}

	private State state(long reportId) {
		return jdbc.sql("select distributor_id, period, revision, status, kind from sellout_report_states where id = ?")
			.param(reportId)
			.query((rs, i) -> {
				LocalDate period = rs.getObject(2, LocalDate.class);
				boolean active = period != null && ReportStatus.valueOf(rs.getString(4)).isActive()
						&& ReportKind.valueOf(rs.getString(5)) == ReportKind.SELLOUT;
				return new State(rs.getLong(1), period, rs.getLong(3), active);
			})
			.optional()
			.orElse(null);
	}

}
