package com.sellout.portal.forecasting.models;

import java.util.Arrays;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Minimises the likelihood criterion with Commons Math's Nelder–Mead simplex, set up as
 * R's {@code etsNelderMead} call sets up {@code nmmin}: the same start, an initial
 * simplex with the same step (a tenth of the largest parameter) in every coordinate,
 * reflection 1, expansion 2, contraction and shrink ½, at most 2,000 evaluations,
 * stopping when the simplex's values lie within {@code √ε·(|f(start)| + √ε)} of each
 * other.
 */
final class EtsOptimiser {

	static final int MAX_EVALUATIONS = 2000;

	private static final double RELTOL = Math.sqrt(Math.ulp(1.0));

	private EtsOptimiser() {
	}

	static double[] minimise(MultivariateFunction f, double[] start) {
		int n = start.length;
		double step = 0;
		for (double v : start) {
			step = Math.max(step, 0.1 * Math.abs(v));
		}
		if (step == 0) {
			step = 0.1;
		}
		double[] steps = new double[n];
		Arrays.fill(steps, step);
		Tracked tracked = new Tracked(f);
		double f0 = tracked.value(start);
		double tol = RELTOL * (Math.abs(f0) + RELTOL);
		SimplexOptimizer optimizer = new SimplexOptimizer(new Spread(n + 1, tol));
		try {
			optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(tracked), GoalType.MINIMIZE,
					new InitialGuess(start), new NelderMeadSimplex(steps, 1.0, 2.0, 0.5, 0.5));
		}
		catch (TooManyEvaluationsException ex) {
			// as R: the best point after the last evaluation allowed
		}
		return tracked.best;
	}

	/** Remembers the best point evaluated, which survives the evaluation limit. */
	private static final class Tracked implements MultivariateFunction {

		private final MultivariateFunction f;

		private double[] best;

		private double bestValue = Double.POSITIVE_INFINITY;

		Tracked(MultivariateFunction f) {
			this.f = f;
		}

		@Override
		public double value(double[] point) {
			double v = this.f.value(point);
			if (v < this.bestValue || this.best == null) {
				this.bestValue = v;
				this.best = point.clone();
			}
			return v;
		}

	}

	/**
	 * R's stopping rule: the highest vertex within the tolerance of the lowest. Commons
	 * Math asks the checker vertex by vertex and stops asking at the first "no", so it
	 * says yes until it has seen the whole simplex of an iteration.
	 */
	private static final class Spread implements ConvergenceChecker<PointValuePair> {

		private final int size;

		private final double tol;

		private int iteration = -1;

		private int seen;

		private double low;

		private double high;

		Spread(int size, double tol) {
			this.size = size;
			this.tol = tol;
		}

		@Override
		public boolean converged(int iteration, PointValuePair previous, PointValuePair current) {
			if (iteration != this.iteration) {
				this.iteration = iteration;
				this.seen = 0;
				this.low = Double.POSITIVE_INFINITY;
				this.high = Double.NEGATIVE_INFINITY;
			}
			this.seen++;
			this.low = Math.min(this.low, current.getValue());
			this.high = Math.max(this.high, current.getValue());
			return this.seen < this.size || this.high <= this.low + this.tol;
		}

	}

}
