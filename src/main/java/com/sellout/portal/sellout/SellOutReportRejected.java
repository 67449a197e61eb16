package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A report was processed and refused: a verdict on the file, on what its channel leaves
 * open, or a failure of ours (then the same bytes sent again are processed again).
 * Published in the transaction that made the change, through the event publication
 * registry (delivered at least once): {@code revision} is the report's revision after the
 * change, so that a listener handles each (report, revision) once; {@code period} is null
 * when the report has none.
 */
public record SellOutReportRejected(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
