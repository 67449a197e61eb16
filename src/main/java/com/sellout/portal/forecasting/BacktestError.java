package com.sellout.portal.forecasting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How wrong the method was on the series' own past: a rolling-origin backtest over
 * {@code windows} origins (3–6 where the history allows), each forecasting
 * {@code horizon} months. WAPE = Σ|error| / Σ|actual|, bias = Σ error / Σ|actual| (both
 * fractions: 0.183 is 18.3 %; error = forecast − actual), MASE = mean |error| over the
 * in-sample MAE of the seasonal naive forecast (m = 12; the naive one where that is 0). A
 * sum of series (a group, all distributors) adds the series' errors and actuals; its MASE
 * is the mean of the series' scaled errors. Null figures: no window fitted (too short a
 * history) or nothing sold in them.
 */
public record BacktestError(int windows, int horizon, @Nullable BigDecimal wape, @Nullable BigDecimal mase,
		@Nullable BigDecimal bias) {
}
