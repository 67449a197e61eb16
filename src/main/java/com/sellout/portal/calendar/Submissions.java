package com.sellout.portal.calendar;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.sellout.ReportKind;

/**
 * The expected submissions and their states, in the caller's data scope: every month from
 * the distributor's contract start (or its first report, when earlier) to the current
 * month, sell-out for every active distributor, stock for those the manufacturer expects
 * stock from.
 */
public interface Submissions {

	/**
	 * The submissions the filter names, oldest month first, then distributor, kind, week.
	 */
	List<Submission> find(SubmissionFilter filter, Instant now);

	List<Submission> find(SubmissionFilter filter);

	/**
	 * Declares «продаж не было» for a month: an accepted report of no lines, marked as
	 * such and audited, superseding the month's report like any new version. Replaces a
	 * report with accepted lines only when {@code replaceLines} (the distributor
	 * confirmed it), else refuses with
	 * {@link com.sellout.portal.sellout.NoSalesReplacesLinesException}. Only the
	 * distributor's own users and integration account declare for it.
	 * @return the new report's id
	 */
	long declareNoSales(long distributorId, YearMonth period, ReportKind kind, boolean replaceLines);

	/**
	 * As {@link #declareNoSales(long, YearMonth, ReportKind, boolean)}, replacing no
	 * lines.
	 */
	default long declareNoSales(long distributorId, YearMonth period, ReportKind kind) {
		return declareNoSales(distributorId, period, kind, false);
	}

	/**
	 * The manufacturer asks the distributor to correct a report: the month's submission
	 * is {@link SubmissionState#CORRECTION_REQUESTED} until a newer version is accepted;
	 * the report keeps its status.
	 */
	void requestCorrection(long reportId);

}
