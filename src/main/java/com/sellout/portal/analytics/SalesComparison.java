package com.sellout.portal.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A selection's totals against the range of the same length just before and the same
 * range a year earlier.
 */
public record SalesComparison(SalesTotals current, SalesTotals previous, SalesTotals yearEarlier) {

	/**
	 * The change of a figure in percent, one decimal, signed; null when there was nothing
	 * to compare with (zero before).
	 */
	public static @Nullable BigDecimal percent(@Nullable BigDecimal now, @Nullable BigDecimal before) {
		if (now == null || before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
	}

}
