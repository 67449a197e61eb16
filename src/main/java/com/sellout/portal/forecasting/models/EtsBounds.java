package com.sellout.portal.forecasting.models;

/**
 * R's default {@code bounds = "both"}: the usual region (each smoothing parameter in
 * 1e-4..0.9999, β ≤ α, γ ≤ 1 − α, φ in 0.8..0.98) and the admissible one (Hyndman et al.
 * 2008, ch. 10: the model forecastable, its characteristic polynomial's roots inside the
 * unit circle). R finds those roots with {@code polyroot}; here the Schur–Cohn recursion
 * tells whether they all lie inside without computing them, which matters because the
 * check runs at every step of the optimiser.
 */
final class EtsBounds {

	static final double LOWER = 1e-4;

	static final double UPPER = 0.9999;

	static final double PHI_LOWER = 0.8;

	static final double PHI_UPPER = 0.98;

	/** R's tolerance: a root may lie up to 1e-10 outside the unit circle. */
	private static final double RADIUS = 1 + 1e-10;

	private EtsBounds() {
	}

	/** Whether the parameters are allowed; NaN stands for a parameter the model lacks. */
	static boolean allowed(EtsModel model, int m, double alpha, double beta, double gamma, double phi) {
		if (!(alpha >= LOWER && alpha <= UPPER)) {
			return false;
		}
		if (model.trended() && !(beta >= LOWER && beta <= alpha && beta <= UPPER)) {
			return false;
		}
		if (model.damped() && !(phi >= PHI_LOWER && phi <= PHI_UPPER)) {
			return false;
		}
		if (model.seasonal() && !(gamma >= LOWER && gamma <= 1 - alpha && gamma <= UPPER)) {
			return false;
		}
		return admissible(model, m, alpha, beta, gamma, phi);
	}

	/** R's {@code forecast:::admissible}. */
	static boolean admissible(EtsModel model, int m, double alpha, double beta, double gamma, double phi) {
		double p = model.damped() ? phi : 1.0;
		if (p < 0 || p > 1 + 1e-8) {
			return false;
		}
		if (!model.seasonal() || m <= 1) {
			if (alpha < 1 - 1 / p || alpha > 1 + 1 / p) {
				return false;
			}
			return !model.trended() || !(beta < alpha * (p - 1) || beta > (1 + p) * (2 - alpha));
		}
		double b = model.trended() ? beta : 0.0;
		if (gamma < Math.max(1 - 1 / p - alpha, 0) || gamma > 1 + 1 / p - alpha) {
			return false;
		}
		if (alpha < 1 - 1 / p - gamma * (1 - m + p + p * m) / (2 * p * m)) {
			return false;
		}
		if (b < -(1 - p) * (gamma / m + alpha)) {
			return false;
		}
		double[] c = new double[m + 2];
		c[0] = p * (1 - alpha - gamma);
		c[1] = alpha + b - alpha * p + gamma - 1;
		for (int k = 2; k < m; k++) {
			c[k] = alpha + b - alpha * p;
		}
		c[m] = alpha + b - p;
		c[m + 1] = 1;
		return rootsInside(c, RADIUS);
	}

	/**
	 * Whether every root of {@code Σ c[k]·z^k} has a modulus below {@code radius}
	 * (Schur–Cohn: |c0| < |cn| and the reduced polynomial's roots inside, recursively).
	 */
	static boolean rootsInside(double[] coefficients, double radius) {
		int n = coefficients.length - 1;
		double[] c = new double[n + 1];
		double r = 1;
		for (int k = 0; k <= n; k++) {
			c[k] = coefficients[k] * r;
			r *= radius;
		}
		while (n > 0) {
			double c0 = c[0];
			double cn = c[n];
			if (!(Math.abs(c0) < Math.abs(cn))) {
				return false;
			}
			double[] d = new double[n];
			for (int k = 0; k < n; k++) {
				d[k] = cn * c[k + 1] - c0 * c[n - 1 - k];
			}
			double scale = Math.abs(d[n - 1]);
			for (int k = 0; k < n; k++) {
				d[k] /= scale;
			}
			c = d;
			n--;
		}
		return true;
	}

}
