package com.sellout.portal.forecasting.models;

/**
 * A fitted ETS model: its smoothing parameters (NaN where the model has none), the
 * initial state {@code [l, b?, s1..sm]} (as R's {@code initstate}, {@code s1} the newest
 * seasonal) and the state after the last month, the log-likelihood and the criteria as
 * R's {@code ets} computes them (parameters counted with the initial states and σ), σ² as
 * R (the squared errors over n less the parameters). It forecasts with R's analytic
 * variances (Hyndman et al. 2008, classes 1 to 3).
 */
public record EtsFit(EtsModel model, int m, int n, double alpha, double beta, double gamma, double phi,
		double[] initialState, double[] finalState, double loglik, double aic, double aicc, double bic, double sigma2) {

	/** z of the 80 % interval: the 90 % quantile of the standard normal. */
	static final double Z80 = 1.2815515655446004;

	/** The point forecasts of the next {@code h} months. */
	public double[] pointForecasts(int h) {
		return EtsRecursion.forecast(this.finalState, this.model, this.m, this.phi, h);
	}

	/** The forecasts with their 80 % interval, named as R names the model. */
	public Prediction forecast(int h) {
		double[] mean = pointForecasts(h);
		double[] var = EtsIntervals.variances(this, mean);
		double[] lower = new double[h];
		double[] upper = new double[h];
		for (int i = 0; i < h; i++) {
			double half = Z80 * Math.sqrt(Math.max(0, var[i]));
			lower[i] = mean[i] - half;
			upper[i] = mean[i] + half;
		}
		return new Prediction(this.model.name(), mean, lower, upper);
	}

}
