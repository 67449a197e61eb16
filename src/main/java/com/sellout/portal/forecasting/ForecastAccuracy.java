package com.sellout.portal.forecasting;

import org.jspecify.annotations.Nullable;

/** A series' method and its backtest error: the worst-errors list. */
public record ForecastAccuracy(long distributorId, String distributor, String sku, @Nullable String productName,
		String method, @Nullable DemandClass demandClass, BacktestError backtest) {
}
