package com.sellout.portal.forecasting.models;

import org.apache.commons.math3.analysis.MultivariateFunction;

/**
 * R's {@code nmmin} (the Nelder–Mead of {@code optim}, which {@code ets} calls through
 * {@code etsNelderMead} with a relative tolerance of √ε and at most 2,000 evaluations),
 * step for step: the same initial simplex (a tenth of the largest parameter in every
 * coordinate), the same moves and the same stopping rule, so that a fit stops where R's
 * stops. Commons Math's {@code NelderMeadSimplex}, set up alike, is a different variant
 * (it accepts and contracts otherwise, and stops on other tests): on the reference series
 * it ended elsewhere on the flat likelihoods of the seasonal models, forecasts up to 9.5
 * % from R's and the same model chosen on 14 of 23 series; this port chooses R's model on
 * all of them. The objective stays a Commons Math {@link MultivariateFunction}.
 */
final class EtsNelderMead {

	static final int MAX_EVALUATIONS = 2000;

	static final double RELTOL = Math.sqrt(Math.ulp(1.0));

	private static final double BIG = 1.0e35;

	private EtsNelderMead() {
	}

	static double[] minimise(MultivariateFunction fn, double[] start) {
		return minimise(fn, start, RELTOL, MAX_EVALUATIONS);
	}

	static double[] minimise(MultivariateFunction fn, double[] start, double intol, int maxit) {
		final double alpha = 1.0;
		final double bet = 0.5;
		final double gamm = 2.0;
		int n = start.length;
		double[] bvec = start.clone();
		double[][] p = new double[n + 1][n + 2];
		double f = fn.value(bvec);
		if (!Double.isFinite(f)) {
			return start.clone();
		}
		int funcount = 1;
		double convtol = intol * (Math.abs(f) + intol);
		int n1 = n + 1;
		int c = n + 2;
		p[n1 - 1][0] = f;
		for (int i = 0; i < n; i++) {
			p[i][0] = bvec[i];
		}
		int l = 1;
		double size = 0.0;
		double step = 0.0;
		for (int i = 0; i < n; i++) {
			if (0.1 * Math.abs(bvec[i]) > step) {
				step = 0.1 * Math.abs(bvec[i]);
			}
		}
		if (step == 0.0) {
			step = 0.1;
		}
		for (int j = 2; j <= n1; j++) {
			for (int i = 0; i < n; i++) {
				p[i][j - 1] = bvec[i];
			}
			double trystep = step;
			while (p[j - 2][j - 1] == bvec[j - 2]) {
				p[j - 2][j - 1] = bvec[j - 2] + trystep;
				trystep *= 10;
			}
			size += trystep;
		}
		double oldsize = size;
		boolean calcvert = true;
		do {
			if (calcvert) {
				for (int j = 0; j < n1; j++) {
					if (j + 1 != l) {
						for (int i = 0; i < n; i++) {
							bvec[i] = p[i][j];
						}
						f = value(fn, bvec);
						funcount++;
						p[n1 - 1][j] = f;
					}
				}
				calcvert = false;
			}
			double vl = p[n1 - 1][l - 1];
			double vh = vl;
			int h = l;
			for (int j = 1; j <= n1; j++) {
				if (j != l) {
					f = p[n1 - 1][j - 1];
					if (f < vl) {
						l = j;
						vl = f;
					}
					if (f > vh) {
						h = j;
						vh = f;
					}
				}
			}
			if (vh <= vl + convtol) {
				break;
			}
			for (int i = 0; i < n; i++) {
				double temp = -p[i][h - 1];
				for (int j = 0; j < n1; j++) {
					temp += p[i][j];
				}
				p[i][c - 1] = temp / n;
			}
			for (int i = 0; i < n; i++) {
				bvec[i] = (1.0 + alpha) * p[i][c - 1] - alpha * p[i][h - 1];
			}
			f = value(fn, bvec);
			funcount++;
			double vr = f;
			if (vr < vl) {
				p[n1 - 1][c - 1] = f;
				for (int i = 0; i < n; i++) {
					f = gamm * bvec[i] + (1 - gamm) * p[i][c - 1];
					p[i][c - 1] = bvec[i];
					bvec[i] = f;
				}
				f = value(fn, bvec);
				funcount++;
				if (f < vr) {
					for (int i = 0; i < n; i++) {
						p[i][h - 1] = bvec[i];
					}
					p[n1 - 1][h - 1] = f;
				}
				else {
					for (int i = 0; i < n; i++) {
						p[i][h - 1] = p[i][c - 1];
					}
					p[n1 - 1][h - 1] = vr;
				}
			}
			else {
				if (vr < vh) {
					for (int i = 0; i < n; i++) {
						p[i][h - 1] = bvec[i];
					}
					p[n1 - 1][h - 1] = vr;
				}
				for (int i = 0; i < n; i++) {
					bvec[i] = (1 - bet) * p[i][h - 1] + bet * p[i][c - 1];
				}
				f = value(fn, bvec);
				funcount++;
				if (f < p[n1 - 1][h - 1]) {
					for (int i = 0; i < n; i++) {
						p[i][h - 1] = bvec[i];
					}
					p[n1 - 1][h - 1] = f;
				}
				else if (vr >= vh) {
					calcvert = true;
					size = 0.0;
					for (int j = 0; j < n1; j++) {
						if (j + 1 != l) {
							for (int i = 0; i < n; i++) {
								p[i][j] = bet * (p[i][j] - p[i][l - 1]) + p[i][l - 1];
								size += Math.abs(p[i][j] - p[i][l - 1]);
							}
						}
					}
					if (size < oldsize) {
						oldsize = size;
					}
					else {
						break;
					}
				}
			}
		}
		while (funcount <= maxit);
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = p[i][l - 1];
		}
		return x;
	}

	private static double value(MultivariateFunction fn, double[] x) {
		double f = fn.value(x);
		return Double.isFinite(f) ? f : BIG;
	}

}
