package com.sellout.portal.forecasting.models;

import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EtsBoundsTest {

	@Test
	void theRootTestAgreesWithTheRoots() {
		Random random = new Random(18);
		int inside = 0;
		for (int k = 0; k < 2000; k++) {
			int degree = 1 + random.nextInt(13);
			double[] c = new double[degree + 1];
			for (int i = 0; i < degree; i++) {
				c[i] = random.nextGaussian() * (random.nextBoolean() ? 0.3 : 1.0);
			}
			c[degree] = 1;
			double max = largestRoot(c);
			if (Math.abs(max - 1) < 1e-6) {
				continue;
			}
			boolean expected = max < 1;
			inside += expected ? 1 : 0;
			assertThat(EtsBounds.rootsInside(c, 1 + 1e-10)).as("degree %d, largest root %f", degree, max)
				.isEqualTo(expected);
		}
		assertThat(inside).isGreaterThan(100);
	}

	/**
	 * The largest modulus of the eigenvalues of the companion matrix, as R's polyroot
	 * would.
	 */
	private static double largestRoot(double[] c) {
		int n = c.length - 1;
		double[][] companion = new double[n][n];
		for (int i = 0; i < n; i++) {
			companion[0][i] = -c[n - 1 - i];
			if (i > 0) {
				companion[i][i - 1] = 1;
			}
		}
		EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(companion));
		double max = 0;
		for (int i = 0; i < n; i++) {
			max = Math.max(max, Math.hypot(eigen.getRealEigenvalue(i), eigen.getImagEigenvalue(i)));
		}
		return max;
	}

	@Test
	void theUsualAndTheAdmissibleRegions() {
		EtsModel aan = EtsModel.of("AAN");
		assertThat(EtsBounds.allowed(aan, 1, 0.5, 0.1, Double.NaN, Double.NaN)).isTrue();
		assertThat(EtsBounds.allowed(aan, 1, 0.5, 0.6, Double.NaN, Double.NaN)).as("beta > alpha").isFalse();
		assertThat(EtsBounds.allowed(EtsModel.of("ANA"), 12, 0.5, Double.NaN, 0.6, Double.NaN)).as("gamma > 1 - alpha")
			.isFalse();
		assertThat(EtsBounds.allowed(EtsModel.of("AAdN"), 1, 0.5, 0.1, Double.NaN, 0.99)).as("phi > 0.98").isFalse();
		assertThat(EtsBounds.allowed(EtsModel.of("MAdM"), 12, 0.7, 0.02, 0.0001, 0.98)).isTrue();
		assertThat(EtsBounds.allowed(EtsModel.of("ANA"), 12, 0.00005, Double.NaN, 0.1, Double.NaN)).isFalse();
	}

}
