package com.sellout.portal.forecasting.models;

/**
 * Teunter–Syntetos–Babai (2011) for lumpy demand: the probability of a demand in a month
 * and the size of a demand are smoothed apart, the probability every month (p ← p + β
 * (1[demand] − p)), the size only in months with demand (z ← z + α (y − z)); the forecast
 * is p · z, so it decays through a run of months without demand, where Croston's stays
 * put until the next one. FIXED parameters α = β = 0.1 (as Croston's default; fitting two
 * parameters to a dozen demands mostly fits noise, and the backtest compares the result
 * with the baselines anyway), started as tsintermittent's {@code tsb} does by default: p
 * at the share of months with demand, z at the mean demand. A month is a demand when it
 * is not 0 (a return included). The 80 % interval is {@link ResidualBand}'s from the
 * one-step forecasts.
 */
public final class Tsb implements Forecaster {

	public static final double ALPHA = 0.1;

	public static final double BETA = 0.1;

	private final double alpha;

	private final double beta;

	public Tsb() {
		this(ALPHA, BETA);
	}

	public Tsb(double alpha, double beta) {
		this.alpha = alpha;
		this.beta = beta;
	}

	@Override
	public Prediction forecast(double[] y, int m, int horizon) {
		int demands = 0;
		double total = 0;
		for (double v : y) {
			if (v != 0) {
				demands++;
				total += v;
			}
		}
		double p = y.length == 0 ? 0 : (double) demands / y.length;
		double z = demands == 0 ? 0 : total / demands;
		double[] errors = new double[y.length];
		for (int t = 0; t < y.length; t++) {
			errors[t] = y[t] - p * z;
			if (y[t] != 0) {
				p += beta * (1 - p);
				z += alpha * (y[t] - z);
			}
			else {
				p -= beta * p;
			}
		}
		return ResidualBand.flat("TSB", p * z, errors, y, horizon);
	}

}
