package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.Optional;

import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person changes which report of a distributor's month counts: an earlier version made
 * current again, or the active one withdrawn. Under the same lock as settling and
 * merging, so that the database's one-active-report index is never raced; the report
 * being replaced is demoted before the other is promoted. A stock report's versions are
 * those of its as-of date (under its month's lock, as stock settling takes it). Runs in
 * the caller's transaction and scope.
 */
@Component
public class ActiveReportSwitch {

	private final JdbcClient jdbc;

	private final Supersession supersession;

	private final ReportEvents events;

	ActiveReportSwitch(JdbcClient jdbc, Supersession supersession, ReportEvents events) {
		this.jdbc = jdbc;
		this.supersession = supersession;
		this.events = events;
	}

	/**
	 * What changed: the report acted on, and the one it took the place of (restoring), if
	 * any.
	 */
	public record Switched(long reportId, long distributorId, Integer version, Long previous, Integer previousVersion) {
	}

	private record Row(long id, long distributorId, LocalDate period, ReportStatus status, int exceptions,
			Integer version, Long supersededBy, String kind, LocalDate asOf) {
	}

	/**
	 * The report an action on this one acts on: itself — or, for an incremental delivery
	 * merged into its month, that month's merged report.
	 */
	public long target(long reportId) {
		Row report = row(reportId, false).orElseThrow(NotFoundException::new);
		if (report.status() != ReportStatus.MERGED || report.period() == null) {
			return report.id();
		}
		Optional<Row> joined = report.supersededBy() == null ? Optional.empty() : row(report.supersededBy(), false);
		if (joined.isPresent() && report.period().equals(joined.get().period())) {
			return joined.get().id();
		}
		// a delivery spanning months points at its last month's report: take its own
		// month's newest
		return jdbc.sql("""
				select id from sellout_reports
				 where distributor_id = ? and period = ? and format = 'INCREMENTAL' and status <> ? and kind = 'SELLOUT'
				 order by id desc limit 1""")
			.params(report.distributorId(), report.period(), ReportStatus.MERGED.name())
			.query(Long.class)
			.optional()
			.orElse(report.id());
	}

	/**
	 * Makes a former version (superseded or withdrawn) the active report of its month
	 * again.
	 */
	public Switched restore(long reportId) {
		Row target = locked(target(reportId));
		if (!target.status().isFormerVersion() || target.period() == null || withdrawnUnread(target.id())) {
			throw new ReportVersionConflictException("sellout.versions.notRestorable", target.id());
		}
		// the active report of the same kind: of the month for sell-out, of the as-of
		// date
		// for stock
		Optional<Row> active = jdbc.sql("""
				select id, distributor_id, period, status, exceptions, version, superseded_by, kind, as_of
				  from sellout_reports
				 where distributor_id = ? and kind = ? and status = any(?)
				   and (case when kind = 'STOCK' then as_of = ? else period = ? end)
				   for update""")
			.params(target.distributorId(), target.kind(), ReportStatus.names(ReportStatus.ACTIVE), target.asOf(),
					target.period())
			.query(Row.class)
			.optional();
		active.ifPresent(current -> jdbc.sql("update sellout_reports set status = ?, superseded_by = ? where id = ?")
			.params(ReportStatus.SUPERSEDED.name(), target.id(), current.id())
			.update());
		// it gets back the status its lines give it: exceptions are fixed on active
		// reports only
		jdbc.sql("update sellout_reports set status = ?, superseded_by = null where id = ?")
			.params((target.exceptions() > 0 ? ReportStatus.ACCEPTED_WITH_EXCEPTIONS : ReportStatus.ACCEPTED).name(),
					target.id())
			.update();
		active.ifPresent(current -> events.superseded(current.id()));
		events.restored(target.id());
		return new Switched(target.id(), target.distributorId(), target.version(), active.map(Row::id).orElse(null),
				active.map(Row::version).orElse(null));
	}

	/**
	 * Takes the active report back: its month then has no active report until another is
	 * accepted or restored.
	 */
	public Switched withdraw(long reportId) {
		Row target = locked(target(reportId));
		if (!target.status().isActive()) {
			throw new ReportVersionConflictException("sellout.versions.notActive", target.id());
		}
		jdbc.sql("update sellout_reports set status = ?, superseded_by = null where id = ?")
			.params(ReportStatus.WITHDRAWN.name(), target.id())
			.update();
		events.withdrawn(target.id());
		return new Switched(target.id(), target.distributorId(), target.version(), null, null);
	}

	/**
	 * What a report withdrawn while it waited for its mapping is marked with: it was
	 * never read, so it is never restored.
	 */
	public static final String WITHDRAWN_UNREAD = "sellout.withdrawUnmapped.withdrawn";

	private boolean withdrawnUnread(long reportId) {
		return jdbc.sql("select coalesce(rejection_key, '') from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.optional()
			.filter(WITHDRAWN_UNREAD::equals)
			.isPresent();
	}

	/**
	 * Withdraws a report still waiting for a person's mapping, which will never be
	 * mapped: it is set aside (withdrawn, nothing counted) rather than left waiting.
	 */
	public Switched withdrawWaiting(long reportId) {
		Row target = locked(reportId);
		if (target.status() != ReportStatus.NEEDS_MAPPING) {
			throw new ReportVersionConflictException("sellout.withdrawUnmapped.notWaiting", target.id());
		}
		// marked so: never read, it has nothing to restore
		jdbc.sql("update sellout_reports set status = ?, rejection_key = ? where id = ? and status = ?")
			.params(ReportStatus.WITHDRAWN.name(), WITHDRAWN_UNREAD, target.id(), ReportStatus.NEEDS_MAPPING.name())
			.update();
		events.withdrawn(target.id());
		return new Switched(target.id(), target.distributorId(), target.version(), null, null);
	}

	/**
	 * The report's row, locked after its month's lock (the order settling takes them in).
	 */
	private Row locked(long reportId) {
		Row report = row(reportId, false).orElseThrow(NotFoundException::new);
		if (report.period() != null) {
			supersession.lockPeriod(report.distributorId(), report.period());
		}
		return row(reportId, true).orElseThrow(NotFoundException::new);
	}

	private Optional<Row> row(long reportId, boolean forUpdate) {
		return jdbc.sql("""
				select id, distributor_id, period, status, exceptions, version, superseded_by, kind, as_of
				  from sellout_reports where id = ?""" + (forUpdate ? " for update" : ""))
			.param(reportId)
			.query(Row.class)
			.optional();
	}

}
