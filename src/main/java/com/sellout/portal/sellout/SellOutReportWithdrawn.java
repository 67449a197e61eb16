package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A person took the active report of a month back: the month has no active report until
 * another is accepted or restored. Published in the transaction that made the change,
 * through the event publication registry (delivered at least once): {@code revision} is
 * the report's revision after the change, so that a listener handles each (report,
 * revision) once; {@code period} is null when the report has none.
 */
public record SellOutReportWithdrawn(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
