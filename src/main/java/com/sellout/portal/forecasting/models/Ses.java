package com.sellout.portal.forecasting.models;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Simple exponential smoothing, the two ways R's {@code forecast} fits it: "optimal" as
 * {@code ses(y)} does ({@code ets(y, "ANN", opt.crit = "mse")}: α in [0.0001, 0.9999] and
 * the initial level chosen to minimise the in-sample one-step MSE), and "simple" with a
 * fixed α and the level started at the first value, as {@code croston} does. Kept apart
 * from the ETS classes so that Theta and Croston do not depend on them.
 *
 * <p>
 * The fit profiles the initial level out: for a fixed α the one-step errors are linear in
 * it, so its best value is a least-squares solution; Commons Math's Brent optimiser then
 * searches α alone, bracketed by a coarse grid so a local dip is not mistaken for the
 * minimum.
 */
final class Ses {

	static final double LOWER = 1e-4;

	static final double UPPER = 0.9999;

	private static final int GRID = 40;

	private Ses() {
	}

	/**
	 * A fitted SES: its smoothing parameter, the initial and the final level (the point
	 * forecast of every month ahead), the one-step in-sample errors' sum of squares, and
	 * the one-step fitted values.
	 */
	record Fit(double alpha, double initial, double level, double sse, double[] fitted) {

		/** R's {@code sigma2} for ANN: the SSE over n − 2 (α and the initial level). */
		double sigma2() {
			return sse / Math.max(1, fitted.length - 2);
		}

	}

	/** The "optimal" fit, as {@code ses(y)}. */
	static Fit optimal(double[] y) {
		double bestAlpha = LOWER;
		double bestSse = Double.POSITIVE_INFINITY;
		for (int i = 0; i <= GRID; i++) {
			double alpha = Math.min(UPPER, LOWER + (UPPER - LOWER) * i / GRID);
			double sse = profiledSse(y, alpha);
			if (sse < bestSse) {
				bestSse = sse;
				bestAlpha = alpha;
			}
		}
		double step = (UPPER - LOWER) / GRID;
		double lo = Math.max(LOWER, bestAlpha - step);
		double hi = Math.min(UPPER, bestAlpha + step);
		UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(200),
				new UnivariateObjectiveFunction(a -> profiledSse(y, a)), GoalType.MINIMIZE,
				new SearchInterval(lo, hi, Math.min(hi, Math.max(lo, bestAlpha))));
		double alpha = best.getValue() <= bestSse ? best.getPoint() : bestAlpha;
		return run(y, alpha, bestInitial(y, alpha));
	}

	/** The "simple" fit: α fixed, the level started at the first value. */
	static Fit simple(double[] y, double alpha) {
		return run(y, alpha, y[0]);
	}

	/** Runs the recursion l[t] = l[t−1] + α (y[t] − l[t−1]) from {@code initial}. */
	static Fit run(double[] y, double alpha, double initial) {
		double level = initial;
		double sse = 0;
		double[] fitted = new double[y.length];
		for (int t = 0; t < y.length; t++) {
			fitted[t] = level;
			double e = y[t] - level;
			sse += e * e;
			level += alpha * e;
		}
		return new Fit(alpha, initial, level, sse, fitted);
	}

	/**
	 * The initial level minimising the SSE for α: the forecast of y[t] is f0[t] + (1 −
	 * α)^t · l0, where f0 is the forecast started from 0.
	 */
	static double bestInitial(double[] y, double alpha) {
		double level = 0;
		double weight = 1;
		double num = 0;
		double den = 0;
		for (double v : y) {
			num += (v - level) * weight;
			den += weight * weight;
			level += alpha * (v - level);
			weight *= 1 - alpha;
		}
		return num / den;
	}

	private static double profiledSse(double[] y, double alpha) {
		double level = bestInitial(y, alpha);
		double sse = 0;
		for (double v : y) {
			double e = v - level;
			sse += e * e;
			level += alpha * e;
		}
		return sse;
	}

}
