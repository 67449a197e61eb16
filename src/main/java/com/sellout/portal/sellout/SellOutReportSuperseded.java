package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A report stopped counting because another report of its month took its place (a later
 * one accepted, an earlier one restored, an incremental month report made from it), or it
 * came after a later report of its month and never counted. Published in the transaction
 * that made the change, through the event publication registry (delivered at least once):
 * {@code revision} is the report's revision after the change, so that a listener handles
 * each (report, revision) once; {@code period} is null when the report has none.
 */
public record SellOutReportSuperseded(long reportId, long distributorId, YearMonth period, long revision,
		ReportKind kind) implements SellOutReportEvent {
}
