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
			case ETS -> plain(method, Ets.auto(), y);
			case THETA -> plain(method, new Theta(), y);
			case CROSTON -> plain(method, Croston.classic(), y);
			case SBA -> plain(method, Croston.sba(), y);
			case TSB -> plain(method, new Tsb(), y);
			case SEASONAL_NAIVE -> plain(method, new SeasonalNaive(), y);
			case MOVING_AVERAGE -> plain(method, new MovingAverage(), y);
		};
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
