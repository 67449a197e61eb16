package com.sellout.portal.forecasting.models;

import java.util.Arrays;

/**
 * The classical multiplicative decomposition, as R's
 * {@code decompose(x, type = "multiplicative")}: the trend is the centred moving average
 * over one season (2 × m for an even m), each month's ratio to it is averaged per
 * position in the season, and the averages are normalised to a mean of 1. Positions count
 * from the first month of the series, as R does. Theta divides the series by these
 * indexes before it smooths and multiplies the forecasts back.
 */
final class ClassicalDecomposition {

	private ClassicalDecomposition() {
	}

	/**
	 * The seasonal index per position (index 0 = the position of the series' first
	 * month), or null where they cannot be formed: a season not covered by the trend, a
	 * trend of 0, or an index not finite.
	 */
	static double[] seasonalIndexes(double[] x, int m) {
		int n = x.length;
		double[] weights = new double[m % 2 == 0 ? m + 1 : m];
		Arrays.fill(weights, 1.0 / m);
		if (m % 2 == 0) {
			weights[0] = 0.5 / m;
			weights[m] = 0.5 / m;
		}
		int half = weights.length / 2;
		double[] sum = new double[m];
		int[] count = new int[m];
		for (int t = half; t < n - half; t++) {
			double trend = 0;
			for (int k = 0; k < weights.length; k++) {
				trend += weights[k] * x[t - half + k];
			}
			double ratio = x[t] / trend;
			if (!Double.isFinite(ratio)) {
				return null;
			}
			sum[t % m] += ratio;
			count[t % m]++;
		}
		double[] figure = new double[m];
		double mean = 0;
		for (int i = 0; i < m; i++) {
			if (count[i] == 0) {
				return null;
			}
			figure[i] = sum[i] / count[i];
			mean += figure[i] / m;
		}
		for (int i = 0; i < m; i++) {
			figure[i] /= mean;
			if (!Double.isFinite(figure[i])) {
				return null;
			}
		}
		return figure;
	}

}
