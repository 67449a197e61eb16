package com.sellout.portal.forecasting.models;

/**
 * Baseline: each month forecast by the same month a season earlier, as R's
 * {@code snaive}; a history shorter than a season gets the naive forecast (the last
 * month) instead. The 80 % interval is R's: ± z · σ · √k, σ² the mean squared in-sample
 * error of the lag (m or 1) forecast and k the number of seasons (or months) ahead.
 */
public final class SeasonalNaive implements Forecaster {

	@Override
	public Prediction forecast(double[] y, int m, int horizon) {
		int n = y.length;
		int lag = n >= m && m > 1 ? m : 1;
		double sse = 0;
		int count = 0;
		for (int t = lag; t < n; t++) {
			double e = y[t] - y[t - lag];
			sse += e * e;
			count++;
		}
		double mse = count == 0 ? 0 : sse / count;
		double[] mean = new double[horizon];
		double[] lower = new double[horizon];
		double[] upper = new double[horizon];
		for (int i = 0; i < horizon; i++) {
			mean[i] = n == 0 ? 0 : y[n - lag + i % lag];
			double se = Math.sqrt(mse * (i / lag + 1));
			lower[i] = mean[i] - Theta.Z80 * se;
			upper[i] = mean[i] + Theta.Z80 * se;
		}
		return new Prediction(lag == 1 ? "Naive" : "Seasonal naive", mean, lower, upper);
	}

}
