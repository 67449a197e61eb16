package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of the sell-in plan, netting forward per distributor × product:
 * {@code sellInNeeded = max(0, sellOutForecast[m + L] + cover × sellOutForecast[m] / 4.345
 * − projectedStock[m] − inTransit[m])}, where L is the lead time in months, cover the
 * target cover in weeks ({@code targetStock} = that cover's quantity), projected stock
 * the closing of m − 1 after the arrival of the sell-in needed L months before, rolled
 * forward from the channel inventory's latest closing; the sell-out forecast with the
 * named orders in place of their clients' share ({@code namedOrders} = their quantity).
 * For a sum the parts are the sums of the series' parts.
 */
public record SellInMonth(YearMonth period, BigDecimal sellOutForecast, BigDecimal namedOrders, BigDecimal targetStock,
		BigDecimal projectedStock, BigDecimal inTransit, BigDecimal sellInNeeded) {
}
