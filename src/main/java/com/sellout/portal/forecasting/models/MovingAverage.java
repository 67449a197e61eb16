package com.sellout.portal.forecasting.models;

/**
 * Baseline and the method for sparse series: every month ahead forecast by the mean of
 * the last {@value #WINDOW} months (all of them when the history is shorter). A whole
 * season, because a shorter window on a seasonal series is biased by which part of the
 * season it covers, and for sparse or intermittent demand a long window spreads a rare
 * order over the year instead of repeating or forgetting it. The 80 % interval is
 * {@link ResidualBand}'s from the one-step forecasts (each month by the mean of up to
 * {@value #WINDOW} months before it).
 */
public final class MovingAverage implements Forecaster {

	public static final int WINDOW = 12;

	private final int window;

	public MovingAverage() {
		this(WINDOW);
	}

	public MovingAverage(int window) {
		this.window = window;
	}

	@Override
	public Prediction forecast(double[] y, int m, int horizon) {
		int n = y.length;
		double[] errors = new double[Math.max(0, n - 1)];
		double sum = 0;
		for (int t = 0; t < n; t++) {
			if (t > 0) {
				errors[t - 1] = y[t] - sum / Math.min(window, t);
			}
			sum += y[t];
			if (t >= window) {
				sum -= y[t - window];
			}
		}
		int k = Math.min(window, n);
		double mean = k == 0 ? 0 : sum / k;
		return ResidualBand.flat("Moving average(" + Math.max(k, 1) + ")", mean, errors, y, horizon);
	}

}
