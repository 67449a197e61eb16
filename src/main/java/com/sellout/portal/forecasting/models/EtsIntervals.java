package com.sellout.portal.forecasting.models;

/**
 * The forecast variances of R's {@code forecast.ets} (Hyndman et al. 2008, ch. 6), all
 * analytic as for every model {@code ets} chooses by default: class 1 (additive error, no
 * multiplicative part) from the linear state space form, class 2 (multiplicative error,
 * no multiplicative season) from class 1's coefficients, class 3 (multiplicative error
 * and season) from the moment recursions with Kronecker products.
 */
final class EtsIntervals {

	private EtsIntervals() {
	}

	static double[] variances(EtsFit fit, double[] mean) {
		EtsModel model = fit.model();
		if (model.season() == EtsModel.Season.M) {
			return class3(fit, mean.length);
		}
		double[] c = coefficients(fit, mean.length);
		int h = mean.length;
		double s2 = fit.sigma2();
		double[] var = new double[h];
		if (!model.multiplicativeError()) {
			double sum = 0;
			for (int i = 0; i < h; i++) {
				var[i] = s2 * (1 + sum);
				sum += c[i] * c[i];
			}
			return var;
		}
		double[] theta = new double[h];
		for (int j = 0; j < h; j++) {
			double t = mean[j] * mean[j];
			for (int i = 0; i < j; i++) {
				t += s2 * c[i] * c[i] * theta[j - 1 - i];
			}
			theta[j] = t;
			var[j] = (1 + s2) * t - mean[j] * mean[j];
		}
		return var;
	}

	/**
	 * {@code c[j] = H·F^j·G} of the linear form over {@code [l, b?, s1..sm]}. As in R's
	 * {@code class1}, γ sits in the third row of G even without a trend (there it is s2,
	 * not s1): kept so that the intervals are R's.
	 */
	private static double[] coefficients(EtsFit fit, int h) {
		EtsModel model = fit.model();
		int m = fit.m();
		double ph = model.damped() ? fit.phi() : 1.0;
		int p = fit.finalState().length;
		double[] v = new double[p];
		v[0] = fit.alpha();
		if (model.trended()) {
			v[1] = fit.beta();
		}
		if (model.seasonal()) {
			v[2] = fit.gamma();
		}
		double[] c = new double[h];
		double[] w = new double[p];
		for (int j = 0; j < h; j++) {
			double hv = v[0];
			if (model.trended()) {
				hv += ph * v[1];
			}
			if (model.seasonal()) {
				hv += v[p - 1];
			}
			c[j] = hv;
			w[0] = v[0] + (model.trended() ? ph * v[1] : 0);
			if (model.trended()) {
				w[1] = ph * v[1];
			}
			if (model.seasonal()) {
				w[p - m] = v[p - 1];
				for (int k = 1; k < m; k++) {
					w[p - m + k] = v[p - m + k - 1];
				}
			}
			double[] t = v;
			v = w;
			w = t;
		}
		return c;
	}

	/** R's {@code class3}: multiplicative error and season, additive or no trend. */
	private static double[] class3(EtsFit fit, int h) {
		EtsModel model = fit.model();
		int m = fit.m();
		double s2 = fit.sigma2();
		double[] x = fit.finalState();
		int q = model.trended() ? 2 : 1;
		double[][] h1 = Matrices.filled(1, q, 1.0);
		double[][] h2 = new double[1][m];
		h2[0][m - 1] = 1;
		double[][] f1;
		double[][] g1;
		if (q == 1) {
			f1 = new double[][] { { 1 } };
			g1 = new double[][] { { fit.alpha() } };
		}
		else {
			f1 = new double[][] { { 1, 1 }, { 0, model.damped() ? fit.phi() : 1 } };
			g1 = new double[][] { { fit.alpha(), fit.alpha() }, { fit.beta(), fit.beta() } };
		}
		double[][] f2 = new double[m][m];
		f2[0][m - 1] = 1;
		for (int i = 1; i < m; i++) {
			f2[i][i - 1] = 1;
		}
		double[][] g2 = new double[m][m];
		g2[0][m - 1] = fit.gamma();
		double[][] mh = new double[q][m];
		for (int i = 0; i < q; i++) {
			for (int j = 0; j < m; j++) {
				mh[i][j] = x[i] * x[q + j];
			}
		}
		int d = q * m;
		double[][] vh = new double[d][d];
		double[][] h21 = Matrices.kron(h2, h1);
		double[][] f21 = Matrices.kron(f2, f1);
		double[][] g21 = Matrices.kron(g2, g1);
		double[][] k = Matrices.add(Matrices.kron(g2, f1), Matrices.kron(f2, g1));
		double[][] f21t = Matrices.transpose(f21);
		double[][] g21t = Matrices.transpose(g21);
		double[][] kt = Matrices.transpose(k);
		double[][] f2t = Matrices.transpose(f2);
		double[][] g2t = Matrices.transpose(g2);
		double[] var = new double[h];
		for (int i = 0; i < h; i++) {
			double mu = Matrices.mul(Matrices.mul(h1, mh), Matrices.transpose(h2))[0][0];
			double hv = Matrices.mul(Matrices.mul(h21, vh), Matrices.transpose(h21))[0][0];
			var[i] = (1 + s2) * hv + s2 * mu * mu;
			double[] vec = new double[d];
			for (int col = 0; col < m; col++) {
				for (int row = 0; row < q; row++) {
					vec[col * q + row] = mh[row][col];
				}
			}
			double[][] outer = new double[d][d];
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < d; b++) {
					outer[a][b] = vec[a] * vec[b];
				}
			}
			double[][] fvf = Matrices.mul(Matrices.mul(f21, vh), f21t);
			double[][] fvg = Matrices.mul(Matrices.mul(f21, vh), g21t);
			double[][] gvf = Matrices.mul(Matrices.mul(g21, vh), f21t);
			double[][] kvk = Matrices.mul(Matrices.mul(k, Matrices.add(vh, outer)), kt);
			double[][] gg = Matrices
				.mul(Matrices.mul(g21, Matrices.add(Matrices.scale(vh, 3), Matrices.scale(outer, 2))), g21t);
			double[][] inner = Matrices.add(Matrices.add(fvg, gvf), Matrices.add(kvk, Matrices.scale(gg, s2)));
			vh = Matrices.add(fvf, Matrices.scale(inner, s2));
			mh = Matrices.add(Matrices.mul(Matrices.mul(f1, mh), f2t),
					Matrices.scale(Matrices.mul(Matrices.mul(g1, mh), g2t), s2));
		}
		return var;
	}

}
