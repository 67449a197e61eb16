package com.sellout.portal.forecasting.models;

/**
 * Exponential smoothing state space models (Hyndman et al. 2002, 2008), as R's
 * {@code forecast::ets}: error A/M, trend N/A/Ad, season N/A/M, parameters fitted by
 * maximum likelihood with Commons Math's optimiser, the model chosen by AICc;
 * multiplicative components only for series whose every month is > 0, seasonal ones only
 * for at least two seasons of history.
 *
 * <p>
 * CONTRACT: the ETS helper replaces this placeholder with the implementation.
 */
public final class Ets {

	private Ets() {
	}

	/** The automatic choice by AICc, as a forecaster. */
	public static Forecaster auto() {
		throw new UnsupportedOperationException("not built yet");
	}

}
