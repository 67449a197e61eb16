package com.sellout.portal.forecasting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forecasting methods a user may pick instead of the backtest's choice;
 * {@link #param()} is the API's and the page's {@code method=} value.
 */
public enum ForecastMethod {

	/** Exponential smoothing, the model (error, trend, season) chosen by AICc. */
	ETS("ets"),
	/**
	 * The Theta method (simple exponential smoothing with drift, seasonally adjusted).
	 */
	THETA("theta"),
	/** Croston's method for intermittent demand. */
	CROSTON("croston"),
	/** Syntetos–Boylan approximation: Croston with its bias corrected. */
	SBA("sba"),
	/**
	 * Teunter–Syntetos–Babai: demand probability and size smoothed apart (lumpy demand).
	 */
	TSB("tsb"),
	/** Baseline: the same month a season earlier. */
	SEASONAL_NAIVE("snaive"),
	/** Baseline: the mean of the last months. */
	MOVING_AVERAGE("ma");

	private final String param;

	ForecastMethod(String param) {
		this.param = param;
	}

	public String param() {
		return param;
	}

	public static Optional<ForecastMethod> byParam(String param) {
		return Arrays.stream(values()).filter(m -> m.param.equalsIgnoreCase(param.strip())).findFirst();
	}

}
