package com.sellout.portal.inventory;

import java.math.BigDecimal;

/**
 * The manufacturer's thresholds of the channel inventory: fewer weeks of supply than
 * {@code lowWeeks} is low, more than {@code excessWeeks} excess, and stock with no sale
 * for {@code staleDays} days is stale.
 */
public record StockThresholds(BigDecimal lowWeeks, BigDecimal excessWeeks, int staleDays) {

	/** What a fresh database holds (and the issue names): 4 and 13 weeks, 90 days. */
	public static final StockThresholds DEFAULTS = new StockThresholds(BigDecimal.valueOf(4), BigDecimal.valueOf(13),
			90);

	/**
	 * Whether the database would take them: low above 0, excess above low, 1 to 3650
	 * days.
	 */
	public boolean valid() {
		return lowWeeks.signum() > 0 && excessWeeks.compareTo(lowWeeks) > 0 && staleDays >= 1 && staleDays <= 3650;
	}

}
