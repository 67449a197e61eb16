package com.sellout.portal.forecasting.models;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * The starting values of the initial states, by R's heuristic
 * {@code forecast:::initstate}: the seasonals from a classical decomposition (from a
 * regression on a trend and one Fourier pair when there are fewer than three seasons),
 * the level and slope from a line through the first {@code max(10, 2m)} months of the
 * seasonally adjusted series. The optimiser then moves them together with the smoothing
 * parameters.
 */
final class EtsInitialStates {

	private EtsInitialStates() {
	}

	/** {@code [l, b?, s1..s(m-1)]}: the last seasonal follows from the others. */
	static double[] of(double[] y, EtsModel model, int m) {
		int n = y.length;
		double[] ysa = y.clone();
		double[] seas = new double[0];
		if (model.seasonal()) {
			boolean additive = model.season() == EtsModel.Season.A;
			double[] seasonal = n < 3 * m ? fourierSeasonal(y, m, additive) : perMonth(decompose(y, m, additive), n);
			seas = new double[m - 1];
			for (int j = 0; j < m - 1; j++) {
				seas[j] = seasonal[m - 1 - j];
			}
			if (additive) {
				for (int i = 0; i < n; i++) {
					ysa[i] = y[i] - seasonal[i];
				}
			}
			else {
				double sum = 0;
				for (int j = 0; j < m - 1; j++) {
					seas[j] = Math.max(seas[j], 0.01);
					sum += seas[j];
				}
				if (sum > m) {
					double denom = sum + 0.01 * (m - 1);
					for (int j = 0; j < m - 1; j++) {
						seas[j] /= denom;
					}
				}
				for (int i = 0; i < n; i++) {
					ysa[i] = y[i] / Math.max(seasonal[i], 0.01);
				}
			}
		}
		int maxn = Math.min(Math.max(10, model.seasonal() ? 2 * m : 2), n);
		int k = model.trended() ? 2 : 1;
		double[] state = new double[k + seas.length];
		if (model.trended()) {
			double[] line = line(ysa, maxn);
			double l0 = line[0];
			double b0 = line[1];
			if (Math.abs(l0 + b0) < 1e-8) {
				l0 *= 1 + 0.001;
				b0 *= 1 - 0.001;
			}
			state[0] = l0;
			state[1] = b0;
		}
		else {
			double sum = 0;
			for (int i = 0; i < maxn; i++) {
				sum += ysa[i];
			}
			state[0] = sum / maxn;
		}
		System.arraycopy(seas, 0, state, k, seas.length);
		return state;
	}

	/**
	 * R's {@code decompose}: a centred moving average of order m as the trend, the
	 * average detrended value of each position in the season, centred; the figure of each
	 * position (position 0 is the first month of the series).
	 */
	static double[] decompose(double[] y, int m, boolean additive) {
		int n = y.length;
		double[] w = new double[m % 2 == 0 ? m + 1 : m];
		Arrays.fill(w, 1.0 / m);
		if (m % 2 == 0) {
			w[0] = 0.5 / m;
			w[m] = 0.5 / m;
		}
		int half = w.length / 2;
		double[] sum = new double[m];
		int[] count = new int[m];
		for (int i = half; i < n - half; i++) {
			double trend = 0;
			for (int k = 0; k < w.length; k++) {
				trend += w[k] * y[i - half + k];
			}
			sum[i % m] += additive ? y[i] - trend : y[i] / trend;
			count[i % m]++;
		}
		double[] figure = new double[m];
		double mean = 0;
		for (int j = 0; j < m; j++) {
			figure[j] = sum[j] / count[j];
			mean += figure[j] / m;
		}
		for (int j = 0; j < m; j++) {
			figure[j] = additive ? figure[j] - mean : figure[j] / mean;
		}
		return figure;
	}

	/**
	 * For two to three seasons, as R: a regression of the series on a trend and the first
	 * Fourier pair, the seasonal figure being the series less (or over) the fitted trend
	 * line; returned per month of the series, not per position.
	 */
	private static double[] fourierSeasonal(double[] y, int m, boolean additive) {
		int n = y.length;
		boolean sine = m > 2;
		int p = sine ? 4 : 3;
		double[][] xtx = new double[p][p];
		double[] xty = new double[p];
		double[] row = new double[p];
		for (int i = 0; i < n; i++) {
			double t = i + 1;
			int c = 0;
			row[c++] = 1;
			row[c++] = t;
			if (sine) {
				row[c++] = Math.sin(2 * Math.PI * t / m);
			}
			row[c] = Math.cos(2 * Math.PI * t / m);
			for (int a = 0; a < p; a++) {
				xty[a] += row[a] * y[i];
				for (int b = 0; b < p; b++) {
					xtx[a][b] += row[a] * row[b];
				}
			}
		}
		double[] coef = new LUDecomposition(new Array2DRowRealMatrix(xtx, false)).getSolver()
			.solve(new ArrayRealVector(xty, false))
			.toArray();
		double[] seasonal = new double[n];
		for (int i = 0; i < n; i++) {
			double fit = coef[0] + coef[1] * (i + 1);
			seasonal[i] = additive ? y[i] - fit : y[i] / fit;
		}
		return seasonal;
	}

	private static double[] perMonth(double[] figure, int n) {
		double[] seasonal = new double[n];
		for (int i = 0; i < n; i++) {
			seasonal[i] = figure[i % figure.length];
		}
		return seasonal;
	}

	/** Intercept and slope of the least-squares line through (1..k, y[0..k-1]). */
	private static double[] line(double[] y, int k) {
		double mx = (k + 1) / 2.0;
		double my = 0;
		for (int i = 0; i < k; i++) {
			my += y[i] / k;
		}
		double sxy = 0;
		double sxx = 0;
		for (int i = 0; i < k; i++) {
			double dx = i + 1 - mx;
			sxy += dx * (y[i] - my);
			sxx += dx * dx;
		}
		double slope = sxx == 0 ? 0 : sxy / sxx;
		return new double[] { my - slope * mx, slope };
	}

}
