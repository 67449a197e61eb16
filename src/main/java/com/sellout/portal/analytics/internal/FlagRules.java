package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;

/**
 * The manufacturer's rules of the demand-dynamics flags ({@code analytics_settings}):
 * stagnation («затоваривание») when over the last {@code stagnationMonths} there was
 * sell-in every month, sell-out fell by at least {@code stagnationDropPct} % against the
 * months before and the channel stock rose by at least {@code stagnationStockPct} %; hype
 * («ажиотаж») when sell-out was at least {@code hypeRatio} × sell-in in each of the last
 * {@code hypeMonths} months while the weeks of supply fell.
 */
public record FlagRules(int stagnationMonths, BigDecimal stagnationDropPct, BigDecimal stagnationStockPct,
		BigDecimal hypeRatio, int hypeMonths) {

	public static final FlagRules DEFAULTS = new FlagRules(3, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("1.2"), 2);

	/** What the table's checks allow. */
	public boolean valid() {
		return stagnationMonths >= 1 && stagnationMonths <= 12 && hypeMonths >= 1 && hypeMonths <= 12
				&& stagnationDropPct.signum() > 0 && stagnationStockPct.signum() > 0
				&& hypeRatio.compareTo(BigDecimal.ONE) > 0;
	}

	/** How many months of figures the rules look at, the current month last. */
	public int window() {
		return Math.max(2 * stagnationMonths, hypeMonths + 1);
	}

}
