package com.sellout.portal.calendar;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How well a distributor reports, over the last 12 periods that are past due: shares are
 * from 0 to 1, null when nothing counts yet.
 *
 * @param medianDelayDays accepted time minus due time, in days (negative: early)
 * @param sisoGap the channel inventory's gap, when stock reports exist
 * @param rank its place by on-time rate, then completeness, then lines accepted
 * @param ranked how many distributors the rank counts
 */
public record Scorecard(long distributorId, String distributorCode, String distributorName,
		@Nullable BigDecimal onTimeRate, @Nullable BigDecimal completeness, @Nullable BigDecimal medianDelayDays,
		@Nullable BigDecimal linesAccepted, @Nullable BigDecimal productsResolved, @Nullable BigDecimal validInn,
		@Nullable BigDecimal sisoGap, List<Trend> trend, int rank, int ranked) {

	/** One period of the trend. */
	public record Trend(YearMonth period, @Nullable BigDecimal onTimeRate, @Nullable BigDecimal completeness) {
	}

}
