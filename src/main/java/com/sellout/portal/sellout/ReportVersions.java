package com.sellout.portal.sellout;

import java.io.Serializable;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.sellout.internal.ActiveReportSwitch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a distributor's month (of a stock report: of its as-of date) and which
 * one counts. Acceptance stays automatic — a new report replaces the active one at once —
 * and this is its undo: the distributor's administrator or the manufacturer's makes an
 * earlier version current again, or withdraws the active one. For an incremental account
 * both act on the month's merged report. Every change is audited.
 */
@Service
public class ReportVersions {

	private final SellOutReports reports;

	private final ActiveReportSwitch switcher;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	ReportVersions(SellOutReports reports, ActiveReportSwitch switcher, AuditLog auditLog, JdbcClient jdbc) {
		this.reports = reports;
		this.switcher = switcher;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
	}

	/**
	 * Where a report stands: the report actions on it act on (itself, or an incremental
	 * delivery's merged report), the month's current report (none when withdrawn), and
	 * what may be done.
	 */
	public record Standing(SellOutReport target, SellOutReport current, boolean restorable, boolean withdrawable) {
	}

	/**
	 * What a change did: the report acted on as it now stands, and the report it
	 * displaced (restoring).
	 */
	public record Change(SellOutReport report, SellOutReport displaced) implements Serializable {
	}

	@Transactional(readOnly = true)
	public Standing standing(long reportId) {
		reports.get(reportId);
		SellOutReport target = reports.get(switcher.target(reportId));
		// the current report of the same kind: of the month for sell-out, of the as-of
		// date
		// for stock
		SellOutReport current = target.period() == null ? null
				: jdbc.sql("""
						select id from sellout_reports
						 where distributor_id = ? and kind = ? and status = any(?)
						   and (case when kind = 'STOCK' then as_of = ? else period = to_date(?, 'YYYY-MM') end)""")
					.params(target.distributorId(), target.kind().name(), ReportStatus.names(ReportStatus.ACTIVE),
							target.asOf(), target.period())
					.query(Long.class)
					.optional()
					.map(reports::get)
					.orElse(null);
		return new Standing(target, current,
				target.status().isFormerVersion() && target.period() != null
						&& !ActiveReportSwitch.WITHDRAWN_UNREAD.equals(target.rejectionKey()),
				target.status().isActive());
	}

	/**
	 * Makes a superseded (or withdrawn) version the month's current report; the current
	 * one becomes superseded.
	 */
	@Transactional
	public Change restore(long reportId) {
		mayChangeVersions();
		reports.get(reportId); // visible to the caller, or not found
		ActiveReportSwitch.Switched switched = switcher.restore(reportId);
		auditLog.record(AuditAction.SELLOUT_REPORT_RESTORED, "sellout-report", switched.reportId(),
				switched.distributorId(),
				"version " + switched.version() + " made current" + (switched.previous() == null ? "" : ", report "
						+ switched.previous() + " (version " + switched.previousVersion() + ") superseded"));
		return new Change(reports.get(switched.reportId()),
				switched.previous() == null ? null : reports.get(switched.previous()));
	}

	/**
	 * Withdraws the month's active report: its lines stop counting and the month has no
	 * active report.
	 */
	@Transactional
	public Change withdraw(long reportId) {
		mayChangeVersions();
		reports.get(reportId);
		ActiveReportSwitch.Switched switched = switcher.withdraw(reportId);
		auditLog.record(AuditAction.SELLOUT_REPORT_WITHDRAWN, "sellout-report", switched.reportId(),
				switched.distributorId(), "version " + switched.version() + " withdrawn");
		return new Change(reports.get(switched.reportId()), null);
	}

	/**
	 * Withdraws a report the portal cannot read without a mapping that nobody will give —
	 * a wrong file, say: only its distributor does it (the manufacturer's queue is not
	 * cleared for it), and the report's period is sent again as a new file.
	 */
	@Transactional
	public Change withdrawUnmapped(long reportId) {
		CurrentUser user = CurrentUser.get().orElse(null);
		if (user == null || (user.role() != Role.DISTRIBUTOR_ADMIN && user.role() != Role.DISTRIBUTOR_MANAGER)) {
			throw new AccessDeniedException("Only the report's distributor withdraws a report waiting for mapping");
		}
		reports.get(reportId); // its own, or not found
		ActiveReportSwitch.Switched switched = switcher.withdrawWaiting(reportId);
		auditLog.record(AuditAction.SELLOUT_REPORT_WITHDRAWN, "sellout-report", switched.reportId(),
				switched.distributorId(), "withdrawn while waiting for mapping");
		return new Change(reports.get(switched.reportId()), null);
	}

	/**
	 * Only administrators, the distributor's or the manufacturer's, change which version
	 * counts.
	 */
	public static boolean mayChangeVersions(CurrentUser user) {
		return user != null && (user.role() == Role.ADMIN || user.role() == Role.DISTRIBUTOR_ADMIN);
	}

	private static void mayChangeVersions() {
		if (!mayChangeVersions(CurrentUser.get().orElse(null))) {
			throw new AccessDeniedException("Only an administrator changes which version of a report counts");
		}
	}

}
