package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A report was read as far as it could be and waits for a person to confirm its mapping
 * or its month (it does not count yet). Published in the transaction that made the
 * change, through the event publication registry (delivered at least once):
 * {@code revision} is the report's revision after the change, so that a listener handles
 * each (report, revision) once; {@code period} is null when the report has none.
 */
public record SellOutReportHeldForMapping(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
