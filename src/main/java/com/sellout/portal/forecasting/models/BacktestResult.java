package com.sellout.portal.forecasting.models;

/**
 * A rolling-origin backtest of one method on one series: over {@code windows} origins,
 * each fitted on the history up to it and forecasting {@code horizon} months (fewer at
 * the end of the history), {@code points} forecasts compared with the actuals. The sums
 * let a sum of series add its series' errors: {@code absError} = Σ|forecast − actual|,
 * {@code error} = Σ(forecast − actual), {@code actual} = Σ|actual|, {@code scale} = the
 * in-sample MAE of the seasonal naive forecast of the whole history (m = 12; of the naive
 * one where that is 0; 0 when both are).
 */
public record BacktestResult(int windows, int horizon, int points, double absError, double error, double actual,
		double scale) {

	public static BacktestResult none(int horizon) {
		return new BacktestResult(0, horizon, 0, 0, 0, 0, 0);
	}

	/** Σ|error| / Σ|actual|; NaN without points or actuals. */
	public double wape() {
		return points == 0 || actual == 0 ? Double.NaN : absError / actual;
	}

	/** Σ error / Σ|actual|: positive when the method forecasts too much. */
	public double bias() {
		return points == 0 || actual == 0 ? Double.NaN : error / actual;
	}

	/** Mean |error| over the scale; NaN without points or scale. */
	public double mase() {
		return points == 0 || scale == 0 ? Double.NaN : absError / points / scale;
	}

}
