package com.sellout.portal.forecasting.models;

/**
 * The Theta method (Assimakopoulos and Nikolopoulos 2000) as R's {@code forecast::thetaf}
 * computes it (Hyndman and Billah 2003: simple exponential smoothing with drift): a
 * series with at least 2 seasons and one month more whose lag-m autocorrelation passes
 * the 90 % one-sided test is seasonally adjusted by the classical multiplicative
 * decomposition (unless an index is close to 0); the adjusted series is smoothed by SES
 * ({@link Ses#optimal}) and half the slope of its least-squares line is added as drift;
 * the forecasts are multiplied back by the last season's indexes. The 80 % interval is
 * R's: ± z · σ · √(1 + (h − 1) α²), σ² of the SES fit, not reseasonalised.
 */
public final class Theta implements Forecaster {

	static final double Z80 = 1.2815515655446004;

	private static final double Z95_ONE_SIDED = 1.6448536269514722;

	@Override
	public Prediction forecast(double[] y, int m, int horizon) {
		int n = y.length;
		double[] figure = seasonal(y, m) ? ClassicalDecomposition.seasonalIndexes(y, m) : null;
		if (figure != null) {
			for (double f : figure) {
				if (Math.abs(f) < 1e-4) {
					figure = null;
					break;
				}
			}
		}
		double[] x = y;
		if (figure != null) {
			x = new double[n];
			for (int t = 0; t < n; t++) {
				x[t] = y[t] / figure[t % m];
			}
		}
		Ses.Fit ses = Ses.optimal(x);
		double drift = slope(x) / 2;
		double alpha = Math.max(1e-10, ses.alpha());
		double start = (1 - Math.pow(1 - alpha, n)) / alpha;
		double sigma = Math.sqrt(ses.sigma2());
		double[] mean = new double[horizon];
		double[] lower = new double[horizon];
		double[] upper = new double[horizon];
		for (int i = 0; i < horizon; i++) {
			mean[i] = ses.level() + drift * (i + start);
			if (figure != null) {
				mean[i] *= figure[(n + i) % m];
			}
			double se = sigma * Math.sqrt(i * alpha * alpha + 1);
			lower[i] = mean[i] - Z80 * se;
			upper[i] = mean[i] + Z80 * se;
		}
		return new Prediction("Theta", mean, lower, upper);
	}

	/**
	 * thetaf's seasonality test: more than 2 seasons, not constant, and |r_m| over √((1 +
	 * 2 Σ_{k<m} r_k²) / n) above the 95 % normal quantile.
	 */
	static boolean seasonal(double[] y, int m) {
		int n = y.length;
		if (m <= 1 || n <= 2 * m || constant(y)) {
			return false;
		}
		double[] r = acf(y, m);
		double sum = 0;
		for (int k = 1; k < m; k++) {
			sum += r[k] * r[k];
		}
		double stat = Math.sqrt((1 + 2 * sum) / n);
		return Math.abs(r[m]) / stat > Z95_ONE_SIDED;
	}

	/** The autocorrelations r_0..r_lags as R's {@code acf} computes them. */
	static double[] acf(double[] y, int lags) {
		int n = y.length;
		double mean = 0;
		for (double v : y) {
			mean += v / n;
		}
		double[] c = new double[lags + 1];
		for (int k = 0; k <= lags; k++) {
			for (int t = 0; t + k < n; t++) {
				c[k] += (y[t] - mean) * (y[t + k] - mean);
			}
		}
		double[] r = new double[lags + 1];
		for (int k = 0; k <= lags; k++) {
			r[k] = c[k] / c[0];
		}
		return r;
	}

	/** The least-squares slope of y on 0..n−1; 0 for one month. */
	static double slope(double[] y) {
		int n = y.length;
		if (n < 2) {
			return 0;
		}
		double tMean = (n - 1) / 2.0;
		double yMean = 0;
		for (double v : y) {
			yMean += v / n;
		}
		double num = 0;
		double den = 0;
		for (int t = 0; t < n; t++) {
			num += (t - tMean) * (y[t] - yMean);
			den += (t - tMean) * (t - tMean);
		}
		return num / den;
	}

	private static boolean constant(double[] y) {
		for (double v : y) {
			if (v != y[0]) {
				return false;
			}
		}
		return true;
	}

}
