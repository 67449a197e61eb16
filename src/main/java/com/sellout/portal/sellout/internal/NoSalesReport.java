package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.NoSalesReplacesLinesException;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A declaration «продаж не было» stored as what it is: an accepted report of no lines
 * (format {@code NO_SALES}, marked {@code no_sales}), the month's next version, settled
 * under the month's lock like any report — the active one superseded, the events of a
 * superseded and an accepted report published, so that inventory, forecasting and
 * analytics count the month as nothing sold. A stock declaration is the month's last
 * day's stock of nothing. Runs in the caller's transaction and scope.
 */
@Component
public class NoSalesReport {

	private static final String[] ACTIVE = ReportStatus.names(ReportStatus.ACTIVE);

	private final JdbcClient jdbc;

	private final Supersession supersession;

	private final ReportEvents events;

	NoSalesReport(JdbcClient jdbc, Supersession supersession, ReportEvents events) {
		this.jdbc = jdbc;
		this.supersession = supersession;
		this.events = events;
	}

	/** The new report and the one it replaced. */
	public record Declared(long reportId, int version, Long replaced) {
	}

	private record Active(long id, int acceptedLines) {
	}

	/**
	 * @throws NoSalesReplacesLinesException when the month's active report has accepted
	 * lines and {@code replaceLines} is false
	 */
	public Declared declare(long distributorId, YearMonth period, ReportKind kind, boolean replaceLines, Channel source,
			String receivedBy) {
		LocalDate month = period.atDay(1);
		LocalDate asOf = kind == ReportKind.STOCK ? period.atEndOfMonth() : null;
		supersession.lockPeriod(distributorId, month);
		Optional<Active> active = jdbc.sql("""
				select id, accepted_lines from sellout_reports
				 where distributor_id = ? and kind = ? and status = any(?)
				   and (case when kind = 'STOCK' then as_of = ? else period = ? end)
				   for update""")
			.params(distributorId, kind.name(), ACTIVE, asOf, month)
			.query(Active.class)
			.optional();
		if (active.isPresent() && active.get().acceptedLines() > 0 && !replaceLines) {
			throw new NoSalesReplacesLinesException(active.get().id(), active.get().acceptedLines());
		}
		int version = jdbc
			.sql("""
					select coalesce(max(version), 0) + 1 from sellout_reports
					 where distributor_id = ? and kind = ? and (case when kind = 'STOCK' then as_of = ? else period = ? end)""")
			.params(distributorId, kind.name(), asOf, month)
			.query(Integer.class)
			.single();
		long id = jdbc
			.sql("""
					insert into sellout_reports (distributor_id, period, requested_period, status, source, file_name,
					                             content_sha256, size_bytes, received_by, format, kind, requested_kind, as_of,
					                             requested_as_of, no_sales, attempts)
					values (?, ?, ?, ?, ?, ?, encode(sha256(convert_to(? || clock_timestamp()::text, 'UTF8')), 'hex'), 0,
					        ?, 'NO_SALES', ?, ?, ?, ?, true, 1)
					returning id""")
			.params(distributorId, month, month, ReportStatus.PROCESSING.name(), source.name(), "Продаж не было",
					"no-sales:" + distributorId + ":" + kind + ":" + period + ":", receivedBy, kind.name(), kind.name(),
					asOf, asOf)
			.query(Long.class)
			.single();
		active.ifPresent(current -> jdbc.sql("update sellout_reports set status = ?, superseded_by = ? where id = ?")
			.params(ReportStatus.SUPERSEDED.name(), id, current.id())
			.update());
		jdbc.sql("""
				update sellout_reports
				   set status = ?, version = ?, processed_at = now(), lines = 0, accepted_lines = 0, exceptions = 0,
				       replaced_id = ?
				 where id = ?""")
			.params(ReportStatus.ACCEPTED.name(), version, active.map(Active::id).orElse(null), id)
			.update();
		active.ifPresent(current -> events.superseded(current.id()));
		events.processed(id);
		return new Declared(id, version, active.map(Active::id).orElse(null));
	}

}
