package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A person made a former version the active report of its month again. Published in the
 * transaction that made the change, through the event publication registry (delivered at
 * least once): {@code revision} is the report's revision after the change, so that a
 * listener handles each (report, revision) once; {@code period} is null when the report
 * has none.
 */
public record SellOutReportRestored(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
