package com.sellout.portal.calendar;

import java.time.YearMonth;
import java.util.Set;

import com.sellout.portal.sellout.ReportKind;
import org.jspecify.annotations.Nullable;

/**
 * Which submissions to list; null is "any". Whatever it says, the reader's scope narrows
 * it (a distributor's user sees its own distributor's only).
 */
public record SubmissionFilter(@Nullable YearMonth from, @Nullable YearMonth to, @Nullable Long distributorId,
		@Nullable ReportKind kind, @Nullable Set<SubmissionState> states) {

	public static SubmissionFilter period(YearMonth period) {
		return new SubmissionFilter(period, period, null, null, null);
	}

}
