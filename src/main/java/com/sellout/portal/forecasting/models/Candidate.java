package com.sellout.portal.forecasting.models;

import com.sellout.portal.forecasting.ForecastMethod;

/**
 * One method as the backtest and the final fit use it on one series: {@link #onOrigins()}
 * is refitted at every origin of the backtest, {@link #onHistory(int)} is the refit on
 * the whole history. They differ for ETS only, whose model form is chosen once on the
 * whole history (see {@link AutoForecast}).
 */
interface Candidate {

	ForecastMethod method();

	Forecaster onOrigins();

	Prediction onHistory(int horizon);

	/** The candidate for {@code method} on the series {@code y}. */
	static Candidate of(ForecastMethod method, double[] y) {
		return switch (method) {
			case ETS -> ets(y);
			case THETA -> plain(method, new Theta(), y);
			case CROSTON -> plain(method, Croston.classic(), y);
			case SBA -> plain(method, Croston.sba(), y);
			case TSB -> plain(method, new Tsb(), y);
			case SEASONAL_NAIVE -> plain(method, new SeasonalNaive(), y);
			case MOVING_AVERAGE -> plain(method, new MovingAverage(), y);
		};
	}

	/**
	 * ETS: the model form chosen by AICc on the whole history (which is also the final
	 * fit), refitted — parameters and initial states — at every origin. Re-selecting at
	 * every origin would cost some fifteen fits per origin instead of one; the price is
	 * that the form was chosen knowing the months the backtest holds out, a small
	 * optimism (the parameters are still fitted on the training part only). Where the
	 * form cannot be fitted on an origin's months (a season on under two seasons, too
	 * many parameters for a short part), that origin selects its own model.
	 */
	private static Candidate ets(double[] y) {
		EtsFit whole = Ets.select(y, AutoForecast.MONTHS);
		EtsModel form = whole.model();
		EtsModel nonSeasonal = new EtsModel(form.error(), form.trend(), EtsModel.Season.N);
		boolean chosen = !Double.isNaN(whole.aicc());
		Forecaster onOrigins = (train, m, horizon) -> {
			if (!chosen || constant(train)) {
				// a constant or very short series: no form was chosen, Ets handles it
				return Ets.select(train, m).forecast(horizon);
			}
			EtsFit fit;
			try {
				fit = Ets.fit(train, m, train.length >= 2 * m ? form : nonSeasonal);
			}
			catch (IllegalArgumentException unsuitable) {
				fit = Ets.select(train, m);
			}
			return fit.forecast(horizon);
		};
		return new Candidate() {

			@Override
			public ForecastMethod method() {
				return ForecastMethod.ETS;
			}

			@Override
			public Forecaster onOrigins() {
				return onOrigins;
			}

			@Override
			public Prediction onHistory(int horizon) {
				return whole.forecast(horizon);
			}

		};
	}

	private static boolean constant(double[] y) {
		for (double v : y) {
			if (v != y[0]) {
				return false;
			}
		}
		return true;
	}

	private static Candidate plain(ForecastMethod method, Forecaster forecaster, double[] y) {
		return new Candidate() {

			@Override
			public ForecastMethod method() {
				return method;
			}

			@Override
			public Forecaster onOrigins() {
				return forecaster;
			}

			@Override
			public Prediction onHistory(int horizon) {
				return forecaster.forecast(y, AutoForecast.MONTHS, horizon);
			}

		};
	}

}
