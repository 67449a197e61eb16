package com.sellout.portal.forecasting.models;

/**
 * Croston's method for intermittent demand, as R's {@code forecast::croston}: the sizes
 * of the months with demand and the intervals between them (the first counted from the
 * month before the series starts) are smoothed apart by SES with the same α (0.1 by
 * default), each started at its first value; the forecast is size / interval. The
 * Syntetos–Boylan approximation (SBA) multiplies it by 1 − α/2, which removes Croston's
 * positive bias. A month is a demand when it is not 0, so a net return (negative) counts
 * as one where R would refuse the series. The 80 % interval is {@link ResidualBand}'s
 * from the one-step forecasts of each prefix of the history (as R's fitted values).
 */
public final class Croston implements Forecaster {

	/** R's default smoothing parameter. */
	public static final double ALPHA = 0.1;

	private final double alpha;

	private final boolean sba;

	private Croston(double alpha, boolean sba) {
		this.alpha = alpha;
		this.sba = sba;
	}

	/** Classic Croston with α = 0.1. */
	public static Croston classic() {
		return new Croston(ALPHA, false);
	}

	/** SBA with α = 0.1. */
	public static Croston sba() {
		return new Croston(ALPHA, true);
	}

	public static Croston classic(double alpha) {
		return new Croston(alpha, false);
	}

	public static Croston sba(double alpha) {
		return new Croston(alpha, true);
	}

	@Override
	public Prediction forecast(double[] y, int m, int horizon) {
		double[] errors = new double[Math.max(0, y.length - 1)];
		State state = new State();
		for (int t = 0; t < y.length; t++) {
			if (t > 0) {
				errors[t - 1] = y[t] - state.forecast();
			}
			state.observe(y[t]);
		}
		return ResidualBand.flat(sba ? "SBA" : "Croston", state.forecast(), errors, y, horizon);
	}

	/**
	 * The smoothed size and interval after the months seen so far. With one demand R
	 * forecasts size / interval unsmoothed, which is where the recursion starts anyway
	 * (each SES started at its first value).
	 */
	private final class State {

		private int demands;

		private int sinceLast;

		private double size;

		private double interval;

		void observe(double v) {
			sinceLast++;
			if (v == 0) {
				return;
			}
			if (demands == 0) {
				size = v;
				interval = sinceLast;
			}
			else {
				size += alpha * (v - size);
				interval += alpha * (sinceLast - interval);
			}
			demands++;
			sinceLast = 0;
		}

		double forecast() {
			if (demands == 0) {
				return 0;
			}
			return size / interval * (sba ? 1 - alpha / 2 : 1);
		}

	}

}
