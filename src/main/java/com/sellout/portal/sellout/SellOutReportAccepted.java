package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A report was processed and its lines now count: it is the active report of its month
 * (accepted, with or without exceptions). Published in the transaction that made the
 * change, through the event publication registry (delivered at least once):
 * {@code revision} is the report's revision after the change, so that a listener handles
 * each (report, revision) once; {@code period} is null when the report has none.
 */
public record SellOutReportAccepted(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
