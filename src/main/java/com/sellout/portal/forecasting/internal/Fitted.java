package com.sellout.portal.forecasting.internal;

import java.time.YearMonth;

import com.sellout.portal.forecasting.DemandClass;
import com.sellout.portal.forecasting.ForecastMethod;
import com.sellout.portal.forecasting.models.AutoForecast;
import com.sellout.portal.forecasting.models.BacktestResult;
import com.sellout.portal.forecasting.models.Choice;
import org.jspecify.annotations.Nullable;

/**
 * One series' forecast, made at the end of {@code madeIn} (its history's last month): the
 * months after it with their 80 % interval, the method and its backtest — fitted now, or
 * as stored.
 */
record Fitted(long distributorId, String sku, YearMonth historyFrom, YearMonth madeIn, String method,
		ForecastMethod methodParam, DemandClass demandClass, double[] mean, double[] lower, double[] upper,
		BacktestResult backtest) {

	/**
	 * Fits the series now: the backtest's choice, or the method the user picked;
	 * {@code horizon} months ahead.
	 */
	static Fitted of(Series series, int horizon, @Nullable ForecastMethod method) {
		Choice choice = method == null ? AutoForecast.choose(series.values(), horizon)
				: AutoForecast.with(method, series.values(), horizon);
		return new Fitted(series.distributorId(), series.sku(), series.first(), series.last(),
				choice.prediction().method(), choice.method(), choice.demandClass(), choice.prediction().mean(),
				choice.prediction().lower80(), choice.prediction().upper80(), choice.backtest());
	}

	/** The first forecast month. */
	YearMonth from() {
		return madeIn.plusMonths(1);
	}

	/** The forecast of a month, or NaN outside the forecast. */
	int index(YearMonth period) {
		long i = period.getYear() * 12L + period.getMonthValue() - from().getYear() * 12L - from().getMonthValue();
		return i < 0 || i >= mean.length ? -1 : (int) i;
	}

}
