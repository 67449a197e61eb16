package com.sellout.portal.forecasting.models;

/**
 * The state recursions of R's C routines {@code etscalc} and {@code etsforecast}: one
 * pass over the series giving the one-step errors and the likelihood criterion R
 * minimises, {@code n·log(Σe²)} plus {@code 2·Σlog|ŷ|} for a multiplicative error, and
 * the point forecasts from a state. The state is {@code [l, b?, s1..sm]}, {@code s1} the
 * newest seasonal and {@code sm} the one the next month uses. The seasonals are kept in a
 * ring here instead of being shifted every month, as this pass is what the optimiser runs
 * thousands of times per fit.
 */
final class EtsRecursion {

	private static final double TOL = 1.0e-10;

	private static final double HUGEN = 1.0e10;

	private EtsRecursion() {
	}

	/**
	 * Runs the model over {@code y} from the state {@code x}, which it leaves as the
	 * state after the last month; {@code e}, when not null, receives the errors (relative
	 * ones for a multiplicative error). Returns the criterion, NaN when it cannot be
	 * computed.
	 */
	static double run(double[] y, EtsModel model, int m, double alpha, double beta, double gamma, double phi,
			double[] x, double[] e) {
		boolean trend = model.trended();
		int season = model.season().ordinal();
		boolean mult = model.multiplicativeError();
		double ph = model.damped() ? phi : 1.0;
		double bs = trend ? beta / alpha : 0.0;
		int off = trend ? 2 : 1;
		double l = x[0];
		double b = trend ? x[1] : 0.0;
		int len = season > 0 ? m : 1;
		double[] ring = new double[len];
		if (season > 0) {
			for (int i = 0; i < m; i++) {
				ring[i] = x[off + m - 1 - i];
			}
		}
		int pos = 0;
		double sse = 0;
		double logs = 0;
		int n = y.length;
		for (int i = 0; i < n; i++) {
			double yi = y[i];
			double so = season > 0 ? ring[pos] : 0.0;
			double phib = trend ? ph * b : 0.0;
			double q = l + phib;
			double f = season == 0 ? q : (season == 1 ? q + so : q * so);
			double err;
			if (mult) {
				err = (yi - f) / f;
				logs += Math.log(Math.abs(f));
			}
			else {
				err = yi - f;
			}
			sse += err * err;
			if (e != null) {
				e[i] = err;
			}
			double p = season == 0 ? yi : (season == 1 ? yi - so : (Math.abs(so) < TOL ? HUGEN : yi / so));
			double nl = q + alpha * (p - q);
			if (trend) {
				b = phib + bs * (nl - l - phib);
			}
			if (season > 0) {
				double t = season == 1 ? yi - q : (Math.abs(q) < TOL ? HUGEN : yi / q);
				ring[pos] = so + gamma * (t - so);
				pos = pos + 1 == m ? 0 : pos + 1;
			}
			l = nl;
		}
		x[0] = l;
		if (trend) {
			x[1] = b;
		}
		if (season > 0) {
			for (int j = 0; j < m; j++) {
				x[off + j] = ring[(pos + m - 1 - j) % m];
			}
		}
		double lik = n * Math.log(sse);
		if (mult) {
			lik += 2 * logs;
		}
		return lik;
	}

	/** The point forecasts of the next {@code h} months from the state {@code x}. */
	static double[] forecast(double[] x, EtsModel model, int m, double phi, int h) {
		boolean trend = model.trended();
		int off = trend ? 2 : 1;
		double ph = model.damped() ? phi : 1.0;
		double[] f = new double[h];
		double phistar = ph;
		for (int i = 0; i < h; i++) {
			double v = trend ? x[0] + phistar * x[1] : x[0];
			if (model.seasonal()) {
				int j = Math.floorMod(m - 1 - i, m);
				v = model.season() == EtsModel.Season.A ? v + x[off + j] : v * x[off + j];
			}
			f[i] = v;
			phistar += Math.abs(ph - 1.0) < TOL ? 1.0 : Math.pow(ph, i + 1);
		}
		return f;
	}

}
