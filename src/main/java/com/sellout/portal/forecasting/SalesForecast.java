package com.sellout.portal.forecasting;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A sell-out forecast of one distributor × product series or of a sum of them (a group
 * with its sub-groups, all products, all distributors: the sums of the series' forecasts
 * and histories, bottom-up, so every page and the factory plan agree). {@code method}
 * names what was used for one series ("ETS(M,Ad,N)", "SBA", …; {@code demandClass} too);
 * for a sum it is {@code "bottom-up"} and {@code methods} counts the series per method. A
 * sum's interval adds the series' half-widths in quadrature (independent errors). The
 * all-distributors history of a month leaves out a distributor whose report for the month
 * is still missing — {@code missingDistributors} names them (codes) — rather than
 * counting it as 0.
 */
public record SalesForecast(@Nullable String distributor, @Nullable String sku, @Nullable Long group,
		List<MonthQuantity> history, String method, @Nullable DemandClass demandClass, Map<String, Integer> methods,
		List<ForecastMonth> forecast, @Nullable BacktestError backtest, int series, List<String> missingDistributors) {
}
