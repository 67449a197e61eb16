package com.sellout.portal.forecasting.models;

import java.util.Arrays;

/**
 * Exponential smoothing state space models (Hyndman et al. 2002, 2008), as R's
 * {@code forecast::ets} with its defaults: error A/M, trend N/A/Ad, season N/A/M (no
 * multiplicative trend, no additive error with a multiplicative season), parameters and
 * initial states fitted by maximum likelihood with R's Nelder–Mead from R's starting
 * values, within R's "both" bounds, the model chosen by AICc. Multiplicative components
 * only for series whose every month is > 0, seasonal ones only for at least two seasons
 * of history (R allows one season and a month; the issue asks two).
 *
 * <p>
 * Short series: a model is fitted only when it has fewer parameters than the months less
 * one, as R's {@code etsmodel}; so 4 to 6 months get the local level (and, from 6, the
 * trend models) by maximum likelihood where R's {@code ets} switches to Holt–Winters by
 * least squares. Under four months no model can be fitted (R refuses): the forecast is
 * the mean of the months as a level that stays, the interval from their spread. A
 * constant series is forecast as that constant with no spread (R's {@code ets} does the
 * same through {@code ses}).
 */
public final class Ets {

	private Ets() {
	}

	/** The automatic choice by AICc, as a forecaster. */
	public static Forecaster auto() {
		return (y, m, horizon) -> select(y, m).forecast(horizon);
	}

	/**
	 * The model R's {@code ets(y)} would choose: every allowed model fitted, the lowest
	 * AICc kept (the first of equals, in R's order).
	 */
	public static EtsFit select(double[] y, int m) {
		requireMonths(y);
		if (isConstant(y)) {
			return constant(y, m);
		}
		boolean positive = Arrays.stream(y).allMatch(v -> v > 0);
		boolean seasonal = m > 1 && m <= 24 && y.length >= 2 * m;
		EtsFit best = null;
		for (EtsModel model : EtsModel.candidates(positive, seasonal)) {
			EtsFit fit = tryFit(y, seasonal ? m : 1, model);
			if (fit != null && !Double.isNaN(fit.aicc()) && (best == null || fit.aicc() < best.aicc())) {
				best = fit;
			}
		}
		return best != null ? best : meanLevel(y, m);
	}

	/**
	 * The given model fitted to the series.
	 * @throws IllegalArgumentException when the model does not suit the series: a
	 * multiplicative part with a month ≤ 0, a season without more than one season of
	 * history, or more parameters than the months less one
	 */
	public static EtsFit fit(double[] y, int m, EtsModel model) {
		requireMonths(y);
		if (model.multiplicative() && Arrays.stream(y).anyMatch(v -> v <= 0)) {
			throw new IllegalArgumentException(model.name() + " needs every month > 0");
		}
		if (model.seasonal() && (m <= 1 || y.length <= m)) {
			throw new IllegalArgumentException(model.name() + " needs more than one season of history");
		}
		EtsFit fit = tryFit(y, model.seasonal() ? m : 1, model);
		if (fit == null) {
			throw new IllegalArgumentException(model.name() + " has too many parameters for " + y.length + " months");
		}
		return fit;
	}

	/**
	 * R's {@code etsmodel}: null when the parameters would be as many as the months less
	 * one.
	 */
	static EtsFit tryFit(double[] y, int m, EtsModel model) {
		int n = y.length;
		if (n < 4) {
			return null;
		}
		double[] init = EtsInitialStates.of(y, model, m);
		int k = EtsObjective.smoothing(model);
		double[] par = new double[k + init.length];
		double mm = model.seasonal() ? m : 1;
		double alpha = EtsBounds.LOWER + 0.2 * (EtsBounds.UPPER - EtsBounds.LOWER) / mm;
		int i = 0;
		par[i++] = alpha;
		if (model.trended()) {
			par[i++] = EtsBounds.LOWER + 0.1 * (Math.min(EtsBounds.UPPER, alpha) - EtsBounds.LOWER);
		}
		if (model.seasonal()) {
			par[i++] = EtsBounds.LOWER + 0.05 * (Math.min(EtsBounds.UPPER, 1 - alpha) - EtsBounds.LOWER);
		}
		if (model.damped()) {
			par[i++] = EtsBounds.PHI_LOWER + 0.99 * (EtsBounds.PHI_UPPER - EtsBounds.PHI_LOWER);
		}
		System.arraycopy(init, 0, par, k, init.length);
		int np = par.length;
		if (np >= n - 1) {
			return null;
		}
		EtsObjective objective = new EtsObjective(y, model, m);
		if (objective.value(par) >= EtsObjective.BIG) {
			return null;
		}
		double[] best = EtsNelderMead.minimise(objective, par);
		return evaluate(y, m, model, best, np + 1);
	}

	/**
	 * The fit at the parameters {@code par}, with R's criteria for {@code np} parameters.
	 */
	static EtsFit evaluate(double[] y, int m, EtsModel model, double[] par, int np) {
		int n = y.length;
		double a = EtsObjective.alpha(model, par);
		double b = EtsObjective.beta(model, par);
		double g = EtsObjective.gamma(model, par);
		double p = EtsObjective.phi(model, par);
		double[] x = new double[EtsObjective.stateSize(model, m)];
		EtsObjective.initialState(model, m, par, x);
		double[] initial = x.clone();
		double[] e = new double[n];
		double lik = EtsRecursion.run(y, model, m, a, b, g, p, x, e);
		double sse = 0;
		for (double v : e) {
			sse += v * v;
		}
		double aic = lik + 2 * np;
		double bic = lik + Math.log(n) * np;
		double aicc = aic + 2.0 * np * (np + 1) / (n - np - 1);
		return new EtsFit(model, m, n, a, b, g, p, initial, x, -0.5 * lik, aic, aicc, bic, sse / (n - (np - 1)));
	}

	private static void requireMonths(double[] y) {
		if (y.length == 0 || !Arrays.stream(y).allMatch(Double::isFinite)) {
			throw new IllegalArgumentException("a history of at least one month, every month a number");
		}
	}

	private static boolean isConstant(double[] y) {
		for (double v : y) {
			if (v != y[0]) {
				return false;
			}
		}
		return true;
	}

	private static EtsFit constant(double[] y, int m) {
		EtsModel ann = EtsModel.of("ANN");
		double[] x = { y[0] };
		return new EtsFit(ann, 1, y.length, 0.99999, Double.NaN, Double.NaN, Double.NaN, x.clone(), x, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, 0);
	}

	/**
	 * Under four months: the mean as a level that stays, the spread of the months around
	 * it.
	 */
	private static EtsFit meanLevel(double[] y, int m) {
		EtsModel ann = EtsModel.of("ANN");
		double mean = Arrays.stream(y).average().orElse(0);
		double ss = 0;
		for (double v : y) {
			ss += (v - mean) * (v - mean);
		}
		double sigma2 = y.length > 1 ? ss / (y.length - 1) : 0;
		double[] x = { mean };
		return new EtsFit(ann, 1, y.length, EtsBounds.LOWER, Double.NaN, Double.NaN, Double.NaN, x.clone(), x,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, sigma2);
	}

}
