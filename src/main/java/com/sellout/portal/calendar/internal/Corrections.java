package com.sellout.portal.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer asks a distributor to correct a report: stored with the report's month
 * and kind, so that the month's submission waits for a newer accepted version
 * ({@link StateRule}); the report keeps its status. Audited.
 */
@Component
public class Corrections {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	Corrections(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	private record Target(long distributorId, String kind, @Nullable LocalDate period) {
	}

	/** The latest correction asked on the report, if any. */
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> requested(long reportId) {
		return jdbc
			.sql("select requested_at from calendar_corrections where report_id = ? order by requested_at desc limit 1")
			.param(reportId)
			.query(OffsetDateTime.class)
			.optional();
	}

	@Transactional
	public void request(long reportId) {
		CurrentUser user = CurrentUser.get()
			.filter(CurrentUser::isManufacturer)
			.orElseThrow(() -> new AccessDeniedException("Only the manufacturer asks for a correction"));
		Target report = jdbc.sql("select distributor_id, kind, period from sellout_report_states where id = ?")
			.param(reportId)
			.query(Target.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		if (report.period() == null) {
			throw new NotFoundException();
		}
		jdbc.sql("""
				insert into calendar_corrections (report_id, distributor_id, kind, period, requested_at, requested_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(reportId, report.distributorId(), report.kind(), report.period(),
					clock.instant().atOffset(ZoneOffset.UTC), user.login())
			.update();
		auditLog.record(AuditAction.CORRECTION_REQUESTED, "sellout-report", reportId, report.distributorId(),
				report.kind() + " " + report.period().toString().substring(0, 7) + ": correction requested");
	}

}
