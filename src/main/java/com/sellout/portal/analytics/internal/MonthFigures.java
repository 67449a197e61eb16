package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One month of a product group's demand: the quantity shipped in (sell-in, by document
 * date), the quantity sold out, the net amount sold, and — where the channel inventory
 * knows them — the stock at the month's end and its weeks of supply.
 */
public record MonthFigures(YearMonth month, BigDecimal sellIn, BigDecimal sellOut, BigDecimal amountNet,
		@Nullable BigDecimal stock, @Nullable BigDecimal weeksOfSupply) {

	public static MonthFigures empty(YearMonth month) {
		return new MonthFigures(month, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null);
	}

}
