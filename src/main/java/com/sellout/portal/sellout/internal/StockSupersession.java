package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.Optional;

import com.sellout.portal.sellout.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settles which stock report of a distributor and as-of date is active, as
 * {@link Supersession} does for the sell-out reports of a month and by the same
 * {@link Settlement} (the later-received report is active), under the lock of the as-of
 * date's month that restoring and withdrawing take too. Stock reports only: a sell-out
 * report of the same month is never one of them. Versions are numbered per distributor
 * and as-of date.
 */
@Component
class StockSupersession {

	private static final String[] ACTIVE = ReportStatus.names(ReportStatus.ACTIVE);

	private final JdbcClient jdbc;

	private final Supersession supersession;

	private final ReportEvents events;

	StockSupersession(JdbcClient jdbc, Supersession supersession, ReportEvents events) {
		this.jdbc = jdbc;
		this.supersession = supersession;
		this.events = events;
	}

	void settle(ReportStore.Pending report, LocalDate asOf, SourceInfo info, StockTally tally) {
		LocalDate month = asOf.withDayOfMonth(1);
		supersession.lockPeriod(report.distributorId(), month);
		Optional<Long> active = jdbc.sql("""
				select id from sellout_reports
				 where distributor_id = ? and kind = 'STOCK' and as_of = ? and status = any(?) and id <> ?
				   for update""")
			.params(report.distributorId(), asOf, ACTIVE, report.id())
			.query(Long.class)
			.optional();
		int version = jdbc.sql("""
				select coalesce(max(version), 0) + 1 from sellout_reports
				 where distributor_id = ? and kind = 'STOCK' and as_of = ? and id <> ?""")
			.params(report.distributorId(), asOf, report.id())
			.query(Integer.class)
			.single();
		Settlement settlement = Settlement.of(report.id(), active, tally.exceptions);
		if (settlement.replaced() != null) {
			jdbc.sql("update sellout_reports set status = ?, superseded_by = ? where id = ?")
				.params(ReportStatus.SUPERSEDED.name(), report.id(), settlement.replaced())
				.update();
		}
		jdbc.sql("""
				update sellout_reports
				   set status = ?, kind = 'STOCK', as_of = ?, period = ?, version = ?, format = ?, layout = ?::jsonb,
				       processed_at = now(), rejection_key = null, rejection_args = null, superseded_by = ?, lines = ?,
				       accepted_lines = ?, exceptions = ?, deviations = 0, out_of_period = 0, accepted_quantity = ?,
				       accepted_amount_net = 0, replaced_id = ?
				 where id = ?""")
			.params(settlement.status().name(), asOf, month, version, info.format(), ReportStore.json(info.layout()),
					settlement.supersededBy(), tally.lines, tally.accepted, tally.exceptions, tally.quantity,
					settlement.replaced(), report.id())
			.update();
		if (settlement.replaced() != null) {
			events.superseded(settlement.replaced());
		}
	}

}
