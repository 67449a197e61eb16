package com.sellout.portal.forecasting.models;

import java.util.Arrays;

/**
 * The 80 % interval of the methods that have no statistical model of their own (Croston,
 * SBA, TSB, the moving average): ± z · σ around the forecast, σ the root mean square of
 * the method's in-sample one-step errors. The band does not widen with the horizon: these
 * methods forecast a flat level and assume the demand around it stationary. A history
 * without negative months gets no lower bound below 0 (returns are then not expected).
 */
final class ResidualBand {

	private ResidualBand() {
	}

	/** The flat forecast {@code value} with its band from the one-step {@code errors}. */
	static Prediction flat(String method, double value, double[] errors, double[] history, int horizon) {
		double sse = 0;
		for (double e : errors) {
			sse += e * e;
		}
		double sigma = errors.length == 0 ? 0 : Math.sqrt(sse / errors.length);
		double floor = Arrays.stream(history).min().orElse(0) >= 0 ? 0 : Double.NEGATIVE_INFINITY;
		double[] mean = new double[horizon];
		double[] lower = new double[horizon];
		double[] upper = new double[horizon];
		Arrays.fill(mean, value);
		Arrays.fill(lower, Math.max(floor, value - Theta.Z80 * sigma));
		Arrays.fill(upper, value + Theta.Z80 * sigma);
		return new Prediction(method, mean, lower, upper);
	}

}
