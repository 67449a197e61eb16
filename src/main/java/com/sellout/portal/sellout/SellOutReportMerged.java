package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * An incremental delivery was processed: its documents joined the report of their month
 * ({@code mergedInto}, the last month's when they span several; each of those reports
 * also publishes {@link SellOutReportLinesChanged}). Published in the transaction that
 * made the change, through the event publication registry (delivered at least once):
 * {@code revision} is the delivery's revision after it, so that a listener handles each
 * (report, revision) once.
 */
public record SellOutReportMerged(long reportId, long distributorId, YearMonth period, long revision, ReportKind kind,
		Long mergedInto) implements SellOutReportEvent {
}
