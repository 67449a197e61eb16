package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * The lines of a report changed where they are: exceptions fixed or checked again, an
 * incremental delivery's documents merged into the month's report (whose revision this
 * is). Published in the transaction that made the change, through the event publication
 * registry (delivered at least once): {@code revision} is the report's revision after the
 * change, so that a listener handles each (report, revision) once; {@code period} is null
 * when the report has none.
 */
public record SellOutReportLinesChanged(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
