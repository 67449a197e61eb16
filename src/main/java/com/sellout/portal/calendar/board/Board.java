package com.sellout.portal.calendar.board;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.sellout.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * The period board: distributors × periods, each cell the state of what the distributor
 * owes for that month, with the counts per state and the sell-in coverage of each period.
 *
 * @param counts cells per state, of the rows the region and manager filters leave (the
 * state filter only picks the rows shown)
 * @param coverage per period, oldest first; empty for a distributor's user
 * @param unlistedYears years of the shown periods (and their due dates) without a
 * production calendar of their own
 */
public record Board(ReportKind kind, List<YearMonth> periods, List<Row> rows, Map<SubmissionState, Long> counts,
		List<Coverage> coverage, List<Integer> unlistedYears) {

	/** One distributor's row: a cell per period, oldest first. */
	public record Row(long distributorId, String code, String name, ReportingFrequency frequency, List<Cell> cells) {
	}

	/**
	 * One distributor's month: the submission's state, or for a weekly distributor the
	 * summary of its weeks (the most urgent state among them, and how many are met).
	 *
	 * @param state null when nothing is expected that month (before the contract, or
	 * stock not expected)
	 * @param weeks the month's submissions: one, or one per week of a weekly distributor
	 * @param reportId the month's report behind the cell (the active one, else the latest
	 * received)
	 */
	public record Cell(YearMonth period, @Nullable SubmissionState state, List<Submission> weeks, int weeksMet,
			@Nullable Long reportId, boolean noSales) {

		public boolean weekly() {
			return weeks.size() > 1;
		}

		public boolean expected() {
			return state != null;
		}

		/** The first due date still ahead or missed: what the cell waits for. */
		public @Nullable Submission next() {
			return weeks.stream().filter(s -> !s.state().isMet()).findFirst().orElse(null);
		}

	}

	/**
	 * The share of a period's sell-in (by shipment document date) whose distributors have
	 * an accepted sell-out report for it.
	 *
	 * @param share from 0 to 1; null when the period has no sell-in
	 */
	public record Coverage(YearMonth period, BigDecimal covered, BigDecimal total, @Nullable BigDecimal share) {
	}

}
