package com.sellout.portal.forecasting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The manufacturer's planning terms for a distributor, or for one product group of it
 * (sub-groups included; a group's setting beats the distributor's): the lead time in
 * months between ordering and arrival, and the stock to hold, in weeks of sell-out. Shown
 * next to the distributor's transit time.
 */
public record PlanningSetting(long distributorId, @Nullable Long groupId, int leadTimeMonths, BigDecimal coverWeeks) {

	/** Without a setting of the manufacturer's: one month, four weeks. */
	public static PlanningSetting defaults(long distributorId) {
		return new PlanningSetting(distributorId, null, 1, BigDecimal.valueOf(4));
	}

}
