package com.sellout.portal.forecasting.models;

/**
 * One forecasting method: fits itself on a monthly history and forecasts the months after
 * it. Implementations are stateless and safe to share between threads.
 */
public interface Forecaster {

	/**
	 * @param y the history, oldest month first, at least one month; may hold zeros and
	 * negative months (net returns)
	 * @param m the seasonal period (12 for months)
	 * @param horizon how many months to forecast, ≥ 1
	 */
	Prediction forecast(double[] y, int m, int horizon);

}
