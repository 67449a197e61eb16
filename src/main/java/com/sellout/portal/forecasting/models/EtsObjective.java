package com.sellout.portal.forecasting.models;

import org.apache.commons.math3.analysis.MultivariateFunction;

/**
 * What the optimiser minimises, as R's {@code forecast:::lik}: the parameter vector is
 * {@code [α, β?, γ?, φ?, l, b?, s1..s(m-1)]} (the last seasonal makes the seasonals sum
 * to 0, or to m when multiplicative); outside the bounds, or with a negative
 * multiplicative seasonal, the value is R's "big" 1e35 so that the simplex steps back.
 */
final class EtsObjective implements MultivariateFunction {

	static final double BIG = 1.0e35;

	private final double[] y;

	private final EtsModel model;

	private final int m;

	private final double[] state;

	EtsObjective(double[] y, EtsModel model, int m) {
		this.y = y;
		this.model = model;
		this.m = m;
		this.state = new double[stateSize(model, m)];
	}

	static int stateSize(EtsModel model, int m) {
		return 1 + (model.trended() ? 1 : 0) + (model.seasonal() ? m : 0);
	}

	/** How many smoothing parameters lead the vector. */
	static int smoothing(EtsModel model) {
		return 1 + (model.trended() ? 1 : 0) + (model.seasonal() ? 1 : 0) + (model.damped() ? 1 : 0);
	}

	static double alpha(EtsModel model, double[] par) {
		return par[0];
	}

	static double beta(EtsModel model, double[] par) {
		return model.trended() ? par[1] : Double.NaN;
	}

	static double gamma(EtsModel model, double[] par) {
		return model.seasonal() ? par[model.trended() ? 2 : 1] : Double.NaN;
	}

	static double phi(EtsModel model, double[] par) {
		return model.damped() ? par[smoothing(model) - 1] : Double.NaN;
	}

	/**
	 * Writes the full initial state of {@code par} into {@code x}; false when a
	 * multiplicative seasonal is negative.
	 */
	static boolean initialState(EtsModel model, int m, double[] par, double[] x) {
		int k = smoothing(model);
		int given = x.length - (model.seasonal() ? 1 : 0);
		System.arraycopy(par, k, x, 0, given);
		if (model.seasonal()) {
			int off = model.trended() ? 2 : 1;
			double last = model.season() == EtsModel.Season.M ? m : 0;
			for (int j = off; j < given; j++) {
				last -= x[j];
			}
			x[given] = last;
			if (model.season() == EtsModel.Season.M) {
				for (int j = off; j < x.length; j++) {
					if (x[j] < 0) {
						return false;
					}
				}
			}
		}
		return true;
	}

	@Override
	public double value(double[] par) {
		double alpha = alpha(this.model, par);
		double beta = beta(this.model, par);
		double gamma = gamma(this.model, par);
		double phi = phi(this.model, par);
		if (!EtsBounds.allowed(this.model, this.m, alpha, beta, gamma, phi)) {
			return BIG;
		}
		if (!initialState(this.model, this.m, par, this.state)) {
			return BIG;
		}
		double lik = EtsRecursion.run(this.y, this.model, this.m, alpha, beta, gamma, phi, this.state, null);
		if (Double.isNaN(lik) || lik == Double.POSITIVE_INFINITY) {
			return BIG;
		}
		return Math.max(lik, -1e10);
	}

}
