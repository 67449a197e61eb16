package com.sellout.portal.forecasting.models;

import com.sellout.portal.forecasting.ForecastMethod;

/**
 * Forecasts a series as the issue says: its demand class picks the candidate methods
 * (smooth → ETS, Theta; erratic → ETS; intermittent → Croston, SBA; lumpy → TSB; fewer
 * than 3 non-zero months → moving average; under two seasons → non-seasonal methods only)
 * and a rolling-origin backtest picks among them and the baselines (seasonal naive,
 * moving average).
 *
 * <p>
 * CONTRACT: the methods helper replaces this placeholder with the implementation.
 */
public final class AutoForecast {

	/** Months in a season. */
	public static final int MONTHS = 12;

	private AutoForecast() {
	}

	/** The backtest's choice for the series, forecasting {@code horizon} months. */
	public static Choice choose(double[] y, int horizon) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The series forecast by the method the user picked, with that method's backtest. */
	public static Choice with(ForecastMethod method, double[] y, int horizon) {
		throw new UnsupportedOperationException("not built yet");
	}

}
