package com.sellout.portal.inventory;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How well a distributor's stock of a product covers its sales: the planner's first look
 * at what will run out and what sits in the channel.
 */
public enum Band {

	/** Nothing (or less than nothing) in stock. */
	OUT_OF_STOCK,
	/** Fewer weeks of supply than the manufacturer's low threshold. */
	LOW,
	/** Between the low and the excess threshold, both included. */
	HEALTHY,
	/**
	 * More weeks of supply than the excess threshold, or stock that nothing sold in the
	 * window (no sale: no number of weeks, but too much all the same).
	 */
	EXCESS;

	/**
	 * The band of a stock against its weekly sell-out; none when the stock is unknown. A
	 * weekly sell-out of 0 or less (no sale, or returns only) counts as no sale. The
	 * comparison is exact ({@code stock ÷ weekly} against the thresholds, unrounded), so
	 * that exactly 4 weeks is healthy.
	 */
	public static @Nullable Band of(@Nullable BigDecimal stock, BigDecimal weeklySellOut, StockThresholds thresholds) {
		if (stock == null) {
			return null;
		}
		if (stock.signum() <= 0) {
			return OUT_OF_STOCK;
		}
		if (weeklySellOut.signum() <= 0) {
			return EXCESS;
		}
		// stock / weekly < low <=> stock < low * weekly (weekly > 0)
		if (stock.compareTo(thresholds.lowWeeks().multiply(weeklySellOut)) < 0) {
			return LOW;
		}
		if (stock.compareTo(thresholds.excessWeeks().multiply(weeklySellOut)) > 0) {
			return EXCESS;
		}
		return HEALTHY;
	}

}
