package com.sellout.portal.forecasting.models;

import java.util.Arrays;

/**
 * The rolling-origin backtest of a method on a series' own past: at each origin the
 * method is fitted on the months before it and forecasts {@code horizon} months, compared
 * with the months that followed (fewer at the end of the history).
 *
 * <p>
 * THE ORIGINS (training lengths), for n months and horizon h: the first leaves the method
 * at least {@code min(24, n − 6)} months (never under 4) — two seasons where the history
 * has 30 months or more, so a seasonal method is fitted as such, and 6 windows for the
 * shorter ones; there are {@code k = min(6, n − first)} origins, one month apart, the
 * last at {@code max(n − h, first + k − 1)}: as late as leaves a full horizon to compare,
 * else as early as the windows allow. So 12–36 months get 6 windows (12 months: origins
 * 6..11; 36 months and h = 12: 24..29, windows of 12 down to 7 months), 60 months and h =
 * 12 the six full windows 43..48, and fewer than 5 months none. One month apart because a
 * short series has no months to spare; the overlap is what makes every origin a forecast
 * the method could have made.
 *
 * <p>
 * THE SCALE of MASE: the in-sample MAE of the seasonal naive forecast (m = 12) of the
 * whole history, of the naive one where that is 0 or there is no full season before a
 * month; 0 when both are (a constant series), when MASE is undefined and WAPE decides.
 */
public final class Backtest {

	public static final int MIN_WINDOWS = 3;

	public static final int MAX_WINDOWS = 6;

	/** Two seasons: the training length the first origin keeps where it can. */
	static final int SEASONS_OF_TRAINING = 24;

	static final int MIN_TRAINING = 4;

	private Backtest() {
	}

	/** The training lengths of the origins, oldest first; empty when none fits. */
	public static int[] origins(int n, int horizon) {
		int first = Math.max(MIN_TRAINING, Math.min(SEASONS_OF_TRAINING, n - MAX_WINDOWS));
		int k = Math.max(0, Math.min(MAX_WINDOWS, n - first));
		int last = Math.max(n - horizon, first + k - 1);
		int[] origins = new int[k];
		for (int i = 0; i < k; i++) {
			origins[i] = last - k + 1 + i;
		}
		return origins;
	}

	/**
	 * The in-sample MAE of the seasonal naive forecast, else of the naive one, else 0.
	 */
	public static double scale(double[] y, int m) {
		double seasonal = naiveMae(y, m);
		return seasonal > 0 ? seasonal : Math.max(0, naiveMae(y, 1));
	}

	private static double naiveMae(double[] y, int lag) {
		double sum = 0;
		int count = 0;
		for (int t = lag; t < y.length; t++) {
			sum += Math.abs(y[t] - y[t - lag]);
			count++;
		}
		return count == 0 ? 0 : sum / count;
	}

	/** Backtests {@code method} on {@code y} (seasonal period m) for {@code horizon}. */
	public static BacktestResult run(Forecaster method, double[] y, int m, int horizon) {
		int[] origins = origins(y.length, horizon);
		if (origins.length == 0) {
			return BacktestResult.none(horizon);
		}
		int points = 0;
		double absError = 0;
		double error = 0;
		double actual = 0;
		for (int origin : origins) {
			double[] train = Arrays.copyOf(y, origin);
			double[] mean = method.forecast(train, m, horizon).mean();
			for (int i = 0; i < horizon && origin + i < y.length; i++) {
				double e = mean[i] - y[origin + i];
				absError += Math.abs(e);
				error += e;
				actual += Math.abs(y[origin + i]);
				points++;
			}
		}
		return new BacktestResult(origins.length, horizon, points, absError, error, actual,
				scale(y, AutoForecast.MONTHS));
	}

}
