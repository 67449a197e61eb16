package com.sellout.portal.sellout;

import java.time.YearMonth;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.internal.NoSalesReport;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A distributor declares «продаж не было» for a month: an accepted report of no lines,
 * marked as such, superseding the month's report like any new version; audited. Only the
 * distributor's own users and integration account declare for it.
 */
@Service
public class NoSalesDeclarations {

	private final NoSalesReport reports;

	private final AuditLog auditLog;

	NoSalesDeclarations(NoSalesReport reports, AuditLog auditLog) {
		this.reports = reports;
		this.auditLog = auditLog;
	}

	/**
	 * @return the new report's id
	 * @throws NoSalesReplacesLinesException when it would replace a report with lines and
	 * {@code replaceLines} is false
	 */
	@Transactional
	public long declare(long distributorId, YearMonth period, ReportKind kind, boolean replaceLines, Channel source) {
		CurrentUser user = CurrentUser.get()
			.filter(u -> !u.isManufacturer() && u.distributorId() != null && u.distributorId() == distributorId)
			.orElseThrow(() -> new AccessDeniedException("Only the distributor's own users declare its sales"));
		NoSalesReport.Declared declared = reports.declare(distributorId, period, kind, replaceLines, source,
				user.login());
		auditLog.record(AuditAction.SELLOUT_NO_SALES_DECLARED, "sellout-report", declared.reportId(), distributorId,
				kind + " " + period + ": no sales, version " + declared.version()
						+ (declared.replaced() == null ? "" : ", report " + declared.replaced() + " superseded"));
		return declared.reportId();
	}

}
