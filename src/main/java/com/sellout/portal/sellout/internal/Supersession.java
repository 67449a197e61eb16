package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settles, once a processed report's lines are stored, which report of its distributor and period
 * is active, under a lock on that pair so that two reports of one period never interleave: the
 * later-received report is active, the other {@code SUPERSEDED}; the database's unique index on
 * active reports makes any other outcome fail rather than happen.
 */
@Component
class Supersession {

	private final JdbcClient jdbc;

	Supersession(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void settle(ReportStore.Pending report, YearMonth period, SourceInfo info, ReportProcessor.Tally tally,
			int outOfPeriod) {
		LocalDate start = period.atDay(1);

		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params((int) report.distributorId(),
				period.getYear() * 100 + period.getMonthValue()).query(Object.class).list();
		Optional<Long> active = jdbc.sql("""
				select id from sellout_reports
				 where distributor_id = ? and period = ? and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') and id <> ?
				   for update""").params(report.distributorId(), start, report.id()).query(Long.class).optional();
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from sellout_reports where distributor_id = ? and period = ?")
			.params(report.distributorId(), start).query(Integer.class).single();
		String status = tally.exceptions > 0 ? "ACCEPTED_WITH_EXCEPTIONS" : "ACCEPTED";
		Long supersededBy = null;
		if (active.isPresent() && active.get() > report.id()) {
			status = "SUPERSEDED"; // a later report of the period was accepted first
			supersededBy = active.get();
		}
		else if (active.isPresent()) {
			jdbc.sql("update sellout_reports set status = 'SUPERSEDED', superseded_by = ? where id = ?")
				.params(report.id(), active.get()).update();
		}
		jdbc.sql("""
				update sellout_reports
				   set status = ?, period = ?, version = ?, format = ?, layout = ?::jsonb, processed_at = now(),
				       rejection_key = null, rejection_args = null, superseded_by = ?, lines = ?, accepted_lines = ?,
				       exceptions = ?, deviations = ?, out_of_period = ?, accepted_quantity = ?, accepted_amount_net = ?
				 where id = ?""")
			.params(status, start, version, info.format(), ReportStore.json(info.layout()), supersededBy, tally.lines,
					tally.accepted, tally.exceptions, tally.deviations, outOfPeriod, tally.quantity, tally.amountNet,
					report.id())
			.update();
	}

}
