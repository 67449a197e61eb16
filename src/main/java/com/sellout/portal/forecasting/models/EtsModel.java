package com.sellout.portal.forecasting.models;

import java.util.ArrayList;
import java.util.List;

/**
 * One exponential smoothing state space model, named as R's {@code forecast::ets} prints
 * it ("ETS(M,Ad,M)"): the error (additive or multiplicative), the trend (none, additive,
 * additive damped) and the season (none, additive, multiplicative). Multiplicative trends
 * are left out, as {@code ets} does by default.
 */
public record EtsModel(Error error, Trend trend, Season season) {

	/** How the error enters the observation. */
	public enum Error {

		A, M

	}

	/** The trend: none, additive, additive damped. */
	public enum Trend {

		N("N"), A("A"), AD("Ad");

		private final String label;

		Trend(String label) {
			this.label = label;
		}

	}

	/** The season: none, additive, multiplicative. */
	public enum Season {

		N, A, M

	}

	public boolean damped() {
		return this.trend == Trend.AD;
	}

	public boolean trended() {
		return this.trend != Trend.N;
	}

	public boolean seasonal() {
		return this.season != Season.N;
	}

	public boolean multiplicativeError() {
		return this.error == Error.M;
	}

	/** Whether some component is multiplicative, so the series must be positive. */
	public boolean multiplicative() {
		return this.error == Error.M || this.season == Season.M;
	}

	/** As R prints it: "ETS(A,Ad,N)". */
	public String name() {
		return "ETS(" + this.error + "," + this.trend.label + "," + this.season + ")";
	}

	@Override
	public String toString() {
		return name();
	}

	/** From R's code ("MAdM", "ANN") or its printed name ("ETS(M,Ad,M)"). */
	public static EtsModel of(String code) {
		String c = code.replace("ETS(", "").replace(")", "").replace(",", "");
		Error error = Error.valueOf(c.substring(0, 1));
		boolean damped = c.length() == 4 && c.charAt(2) == 'd';
		Trend trend = damped ? Trend.AD : Trend.valueOf(c.substring(1, 2));
		Season season = Season.valueOf(c.substring(c.length() - 1));
		return new EtsModel(error, trend, season);
	}

	/**
	 * The models {@code ets} tries by default, in its order (error, trend, season, damped
	 * before undamped): the additive error is not combined with a multiplicative season
	 * (R's {@code restrict = TRUE}), so the first of equal criteria wins as in R.
	 */
	public static List<EtsModel> candidates(boolean positive, boolean seasonal) {
		List<EtsModel> models = new ArrayList<>();
		for (Error e : Error.values()) {
			if (e == Error.M && !positive) {
				continue;
			}
			for (Trend[] trends : new Trend[][] { { Trend.N }, { Trend.AD, Trend.A } }) {
				for (Season s : Season.values()) {
					if (s != Season.N && !seasonal || e == Error.A && s == Season.M) {
						continue;
					}
					for (Trend t : trends) {
						models.add(new EtsModel(e, t, s));
					}
				}
			}
		}
		return models;
	}

}
