package com.sellout.portal.forecasting.internal;

import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.BacktestError;
import com.sellout.portal.forecasting.models.BacktestResult;

/**
 * The backtests of a sum of series added up: the errors and actuals summed (WAPE, bias),
 * the MASE the mean of the series' scaled errors; the series counted per method.
 */
final class BacktestSums {

	private final Map<String, Integer> methods = new TreeMap<>();

	private int windows;

	private int horizon;

	private int points;

	private double absError;

	private double error;

	private double actual;

	private double maseSum;

	private int maseCount;

	void add(String method, int series, int windows, int horizon, int points, double absError, double error,
			double actual, double maseSum, int maseCount) {
		methods.merge(method, series, Integer::sum);
		this.windows = Math.max(this.windows, windows);
		this.horizon = Math.max(this.horizon, horizon);
		this.points += points;
		this.absError += absError;
		this.error += error;
		this.actual += actual;
		this.maseSum += maseSum;
		this.maseCount += maseCount;
	}

	void add(String method, BacktestResult b) {
		double mase = b.mase();
		add(method, 1, b.windows(), b.horizon(), b.points(), b.absError(), b.error(), b.actual(),
				Double.isFinite(mase) ? mase : 0, Double.isFinite(mase) ? 1 : 0);
	}

	Map<String, Integer> methods() {
		return methods;
	}

	int series() {
		return methods.values().stream().mapToInt(Integer::intValue).sum();
	}

	BacktestError error() {
		boolean measured = points > 0 && actual != 0;
		return new BacktestError(windows, horizon, measured ? Quantities.fraction(absError / actual) : null,
				maseCount == 0 ? null : Quantities.fraction(maseSum / maseCount),
				measured ? Quantities.fraction(error / actual) : null);
	}

	static BacktestError of(BacktestResult b) {
		return new BacktestError(b.windows(), b.horizon(), Quantities.fraction(b.wape()), Quantities.fraction(b.mase()),
				Quantities.fraction(b.bias()));
	}

}
