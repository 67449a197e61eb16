package com.sellout.portal.forecasting.models;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.forecasting.DemandClass;
import com.sellout.portal.forecasting.ForecastMethod;

/**
 * Forecasts a series as the issue says: its demand class ({@link DemandClassifier}) picks
 * the candidate methods — smooth → ETS, Theta; erratic → ETS; intermittent → Croston,
 * SBA; lumpy → TSB; sparse (fewer than 3 months with demand) → the moving average alone —
 * and the baselines join them (seasonal naive, moving average; the seasonal naive only
 * with two seasons of history, where ETS and Theta also consider seasonal models: under
 * two seasons only non-seasonal methods take part). The rolling-origin {@link Backtest}
 * picks the one with the lowest MASE (WAPE where the scale is 0, the absolute error where
 * nothing was sold either; on a tie the earlier, the class's own methods first); the
 * winner is refitted on the whole history. A series too short for a backtest takes the
 * class's first method. A method that fails on a series (an optimiser that cannot fit it)
 * drops out; the moving average, which cannot fail, is the last resort.
 */
public final class AutoForecast {

	/** Months in a season. */
	public static final int MONTHS = 12;

	private AutoForecast() {
	}

	/** The backtest's choice for the series, forecasting {@code horizon} months. */
	public static Choice choose(double[] y, int horizon) {
		DemandClass demandClass = DemandClassifier.classify(y);
		Candidate best = null;
		BacktestResult bestBacktest = null;
		for (ForecastMethod method : candidates(demandClass, y.length)) {
			try {
				Candidate candidate = Candidate.of(method, y);
				BacktestResult backtest = Backtest.run(candidate.onOrigins(), y, MONTHS, horizon);
				if (best == null || better(backtest, bestBacktest)) {
					best = candidate;
					bestBacktest = backtest;
				}
			}
			catch (RuntimeException failed) {
				// this method cannot fit the series (or a part of it): the others compete
			}
		}
		if (best != null) {
			try {
				return new Choice(best.method(), floored(y, best.onHistory(horizon)), demandClass, bestBacktest);
			}
			catch (RuntimeException failed) {
				// the winner cannot fit the whole history: fall back to the moving
				// average
			}
		}
		return fitted(ForecastMethod.MOVING_AVERAGE, y, horizon, demandClass);
	}

	/**
	 * The series forecast by the method the user picked, with that method's backtest; the
	 * moving average (and its name) where the method cannot fit the series (or there is
	 * no history at all: zeros).
	 */
	public static Choice with(ForecastMethod method, double[] y, int horizon) {
		DemandClass demandClass = DemandClassifier.classify(y);
		if (y.length == 0) {
			return fitted(ForecastMethod.MOVING_AVERAGE, y, horizon, demandClass);
		}
		try {
			return fitted(method, y, horizon, demandClass);
		}
		catch (RuntimeException failed) {
			return fitted(ForecastMethod.MOVING_AVERAGE, y, horizon, demandClass);
		}
	}

	/**
	 * The methods that compete for a series of the class and length, the class's own
	 * first.
	 */
	public static List<ForecastMethod> candidates(DemandClass demandClass, int months) {
		List<ForecastMethod> methods = new ArrayList<>(switch (demandClass) {
			case SMOOTH -> List.of(ForecastMethod.ETS, ForecastMethod.THETA);
			case ERRATIC -> List.of(ForecastMethod.ETS);
			case INTERMITTENT -> List.of(ForecastMethod.CROSTON, ForecastMethod.SBA);
			case LUMPY -> List.of(ForecastMethod.TSB);
			case SPARSE -> List.of(ForecastMethod.MOVING_AVERAGE);
		});
		if (demandClass != DemandClass.SPARSE) {
			if (months >= 2 * MONTHS) {
				methods.add(ForecastMethod.SEASONAL_NAIVE);
			}
			methods.add(ForecastMethod.MOVING_AVERAGE);
		}
		return List.copyOf(methods);
	}

	private static Choice fitted(ForecastMethod method, double[] y, int horizon, DemandClass demandClass) {
		Candidate candidate = Candidate.of(method, y);
		BacktestResult backtest = Backtest.run(candidate.onOrigins(), y, MONTHS, horizon);
		return new Choice(method, floored(y, candidate.onHistory(horizon)), demandClass, backtest);
	}

	/**
	 * A series without a month of net returns sells no less than nothing: its forecast
	 * and band are floored at 0 (a trend extrapolated far enough goes below); one with
	 * returns keeps its negative months.
	 */
	static Prediction floored(double[] y, Prediction prediction) {
		for (double value : y) {
			if (value < 0) {
				return prediction;
			}
		}
		return new Prediction(prediction.method(), atLeastZero(prediction.mean()), atLeastZero(prediction.lower80()),
				atLeastZero(prediction.upper80()));
	}

	private static double[] atLeastZero(double[] values) {
		double[] floored = values.clone();
		for (int i = 0; i < floored.length; i++) {
			floored[i] = Math.max(0, floored[i]);
		}
		return floored;
	}

	/**
	 * Lower MASE, else lower WAPE, else lower absolute error; a tie keeps the earlier.
	 */
	static boolean better(BacktestResult a, BacktestResult b) {
		if (!Double.isNaN(a.mase()) && !Double.isNaN(b.mase())) {
			return a.mase() < b.mase();
		}
		if (!Double.isNaN(a.wape()) && !Double.isNaN(b.wape())) {
			return a.wape() < b.wape();
		}
		return a.absError() < b.absError();
	}

}
