package com.sellout.portal.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import org.jspecify.annotations.Nullable;

/**
 * One report a distributor owes: its kind and month, for a weekly distributor which week
 * of the month, and when it is due.
 *
 * @param week 0 for a monthly or quarterly distributor; 1, 2, … for the weeks of the
 * month of a weekly one
 * @param dueDate the last day to send it, in the distributor's time zone
 * @param dueAt the end of that day in the distributor's time zone: accepted before it is
 * on time
 * @param graceEndsAt after it, nothing accepted is {@link SubmissionState#MISSING}
 * @param receivedAt when the report that decides the state was received, or null
 * @param acceptedAt when the version that decides the state was accepted, or null
 * @param reportId the month's active report when there is one, else the latest received
 * @param noSales whether the active report is a declaration «продаж не было»
 */
public record Submission(long distributorId, String distributorCode, String distributorName, ReportKind kind,
		YearMonth period, int week, LocalDate dueDate, OffsetDateTime dueAt, OffsetDateTime graceEndsAt,
		SubmissionState state, @Nullable OffsetDateTime receivedAt, @Nullable OffsetDateTime acceptedAt,
		@Nullable Long reportId, @Nullable ReportStatus reportStatus, boolean noSales) {
}
