package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.TreeSet;

import com.sellout.portal.sellout.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settles, once a processed report's lines are stored, which report of its distributor
 * and period is active, under a lock on that pair so that two reports of one period never
 * interleave: the later-received report is active, the other {@code SUPERSEDED}; the
 * database's unique index on active reports makes any other outcome fail rather than
 * happen. Sell-out reports only: a stock report of the same month is never one of them
 * ({@link StockSupersession} settles those, per as-of date).
 */
@Component
class Supersession {

	private static final String SALE_DATE = LineColumn.SALE_DATE.column();

	private static final String DOCUMENT_NO = LineColumn.DOCUMENT_NO.column();

	private static final String[] ACTIVE = ReportStatus.names(ReportStatus.ACTIVE);

	private final JdbcClient jdbc;

	private final ReportStore store;

	private final ReportEvents events;

	Supersession(JdbcClient jdbc, ReportStore store, ReportEvents events) {
		this.jdbc = jdbc;
		this.store = store;
		this.events = events;
	}

	/**
	 * Holds, until the transaction ends, the lock every change of a distributor's active
	 * report for the month takes: settling, merging, restoring and withdrawing never
	 * interleave.
	 */
	void lockPeriod(long distributorId, LocalDate month) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)")
			.params((int) distributorId, month.getYear() * 100 + month.getMonthValue())
			.query(Object.class)
			.list();
	}

	void settle(ReportStore.Pending report, YearMonth period, SourceInfo info, Tally tally, int outOfPeriod) {
		LocalDate start = period.atDay(1);

		lockPeriod(report.distributorId(), start);
		Optional<Long> active = jdbc.sql("""
				select id from sellout_reports
				 where distributor_id = ? and period = ? and status = any(?) and id <> ? and kind = 'SELLOUT'
				   for update""")
			.params(report.distributorId(), start, ACTIVE, report.id())
			.query(Long.class)
			.optional();
		int version = jdbc
			.sql("select coalesce(max(version), 0) + 1 from sellout_reports where distributor_id = ? and period = ?"
					+ " and kind = 'SELLOUT'")
			.params(report.distributorId(), start)
			.query(Integer.class)
			.single();
		Settlement settlement = Settlement.of(report.id(), active, tally.exceptions);
		if (settlement.replaced() != null) {
			jdbc.sql("update sellout_reports set status = ?, superseded_by = ? where id = ?")
				.params(ReportStatus.SUPERSEDED.name(), report.id(), settlement.replaced())
				.update();
		}
		jdbc.sql(
				"""
						update sellout_reports
						   set status = ?, period = ?, version = ?, format = ?, layout = ?::jsonb, processed_at = now(),
						       kind = 'SELLOUT', as_of = null,
						       rejection_key = null, rejection_args = null, superseded_by = ?, lines = ?, accepted_lines = ?,
						       exceptions = ?, deviations = ?, out_of_period = ?, accepted_quantity = ?, accepted_amount_net = ?,
						       replaced_id = ?
						 where id = ?""")
			.params(settlement.status().name(), start, version, info.format(), ReportStore.json(info.layout()),
					settlement.supersededBy(), tally.lines, tally.accepted, tally.exceptions, tally.deviations,
					outOfPeriod, tally.quantity, tally.amountNet, settlement.replaced(), report.id())
			.update();
		if (settlement.replaced() != null) {
			events.superseded(settlement.replaced());
		}
	}

	/**
	 * An incremental delivery: its documents join the report of their month (one that
	 * accumulates deliveries, made from the active snapshot if there is one). A document
	 * sent again — same number and date — replaces its earlier lines; one marked for
	 * deletion loses them. The delivery keeps its own counts and becomes {@code MERGED}
	 * into the (last) period report.
	 */
	void merge(ReportStore.Pending delivery, SourceInfo info, Tally tally) {
		TreeSet<LocalDate> months = new TreeSet<>(jdbc.sql("""
				select distinct date_trunc('month', %1$s)::date from sellout_lines
				 where report_id = ? and %1$s is not null""".formatted(SALE_DATE))
			.param(delivery.id())
			.query(LocalDate.class)
			.list());
		info.deletedDocuments()
			.stream()
			.filter(d -> d.date() != null)
			.forEach(d -> months.add(d.date().withDayOfMonth(1)));
		if (delivery.requestedPeriod() != null) {
			months.add(delivery.requestedPeriod());
		}
		if (months.isEmpty()) {
			throw new RejectedForChannel(info.format(), "sellout.rejected.noPeriod");
		}
		LocalDate undated = months.first();
		Long last = null;
		for (LocalDate month : months) {
			last = mergeMonth(delivery, info, month, month.equals(undated));
		}
		jdbc.sql(
				"""
						update sellout_reports
						   set status = ?, period = ?, format = ?, processed_at = now(), superseded_by = ?, lines = ?,
						       accepted_lines = ?, exceptions = ?, deviations = ?, accepted_quantity = ?, accepted_amount_net = ?,
						       kind = 'SELLOUT', as_of = null
						 where id = ?""")
			.params(ReportStatus.MERGED.name(), undated, info.format(), last, tally.lines, tally.accepted,
					tally.exceptions, tally.deviations, tally.quantity, tally.amountNet, delivery.id())
			.update();
	}

	private long mergeMonth(ReportStore.Pending delivery, SourceInfo info, LocalDate month, boolean takesUndated) {
		LocalDate end = month.plusMonths(1);
		lockPeriod(delivery.distributorId(), month);
		Optional<Long> active = activeIncremental(delivery, month);
		long period = active.orElseGet(() -> newPeriodReport(delivery, month));
		// documents sent again replace their earlier lines; documents marked for deletion
		// lose them
		jdbc.sql("""
				delete from sellout_lines l
				 where l.report_id = :period
				   and exists (select 1 from sellout_lines d where d.report_id = :delivery
				                and d.%1$s = l.%1$s and d.%2$s = l.%2$s)""".formatted(DOCUMENT_NO, SALE_DATE))
			.param("period", period)
			.param("delivery", delivery.id())
			.update();
		for (SourceInfo.DocumentKey deleted : info.deletedDocuments()) {
			if (deleted.date() != null && !deleted.date().isBefore(month) && deleted.date().isBefore(end)) {
				jdbc.sql("delete from sellout_lines where report_id = ? and " + DOCUMENT_NO + " = ? and " + SALE_DATE
						+ " = ?")
					.params(period, deleted.number(), deleted.date())
					.update();
			}
		}
		int offset = jdbc.sql("select coalesce(max(line_no), 0) from sellout_lines where report_id = ?")
			.param(period)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				update sellout_lines set report_id = :period, line_no = line_no + :offset
				 where report_id = :delivery
				   and ((%1$s >= :month and %1$s < :end) or (%1$s is null and :undated))""".formatted(SALE_DATE))
			.param("period", period)
			.param("offset", offset)
			.param("delivery", delivery.id())
			.param("month", month)
			.param("end", end)
			.param("undated", takesUndated)
			.update();
		store.recount(period, true);
		if (active.isPresent()) {
			events.linesChanged(period);
		}
		else {
			events.processed(period); // the month's new report, accepted
		}
		return period;
	}

	/** The month's active report, if it accumulates deliveries. */
	private Optional<Long> activeIncremental(ReportStore.Pending delivery, LocalDate month) {
		return activeOf(delivery, month).filter(active -> active[1] == 1).map(active -> active[0]);
	}

	private Optional<long[]> activeOf(ReportStore.Pending delivery, LocalDate month) {
		return jdbc.sql("""
				select id, case when format = 'INCREMENTAL' then 1 else 0 end from sellout_reports
				 where distributor_id = ? and period = ? and status = any(?) and kind = 'SELLOUT'
				   for update""")
			.params(delivery.distributorId(), month, ACTIVE)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	/**
	 * A new accumulating report for the month, taking over the lines of its active
	 * snapshot (superseded) if any.
	 */
	private long newPeriodReport(ReportStore.Pending delivery, LocalDate month) {
		Optional<long[]> active = activeOf(delivery, month);
		long created = jdbc
			.sql("""
					insert into sellout_reports (distributor_id, period, status, source, file_name, content_sha256, size_bytes,
					                             received_by, format, incremental)
					values (?, ?, ?, ?, ?, encode(sha256(convert_to(? || clock_timestamp()::text, 'UTF8')), 'hex'), 0,
					        ?, 'INCREMENTAL', true) returning id""")
			.params(delivery.distributorId(), month, ReportStatus.PROCESSING.name(), delivery.source().name(),
					"incremental " + YearMonth.from(month), "incremental:" + delivery.id() + ":" + month,
					delivery.receivedBy())
			.query(Long.class)
			.single();
		if (active.isPresent()) {
			long snapshot = active.get()[0];
			String columns = "line_no, distributor_id, accepted, " + LineColumn.list("")
					+ ", out_of_period, problems, source, product_by_person";
			jdbc.sql("insert into sellout_lines (report_id, " + columns + ") select ?, " + columns
					+ " from sellout_lines where report_id = ?")
				.params(created, snapshot)
				.update();
			jdbc.sql("update sellout_reports set status = ?, superseded_by = ? where id = ?")
				.params(ReportStatus.SUPERSEDED.name(), created, snapshot)
				.update();
			jdbc.sql("update sellout_reports set replaced_id = ? where id = ?").params(snapshot, created).update();
			events.superseded(snapshot);
		}
		return created;
	}

}
