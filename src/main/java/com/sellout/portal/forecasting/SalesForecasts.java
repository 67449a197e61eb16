package com.sellout.portal.forecasting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The forecasts every page, export and the API show, for the caller's own scope: the
 * manufacturer's users all distributors', a distributor's users their own only. A request
 * naming a distributor outside the scope is refused as one naming no distributor
 * ({@link com.sellout.portal.shared.NotFoundException}).
 */
public interface SalesForecasts {

	/** The history and forecast of the request's series or sum. */
	SalesForecast forecast(ForecastRequest request);

	/** The sell-in the request's series or sum will need per month, with its parts. */
	SellInPlan sellIn(ForecastRequest request);

	/** The series whose stored forecast moved most since the month before. */
	List<ForecastChange> largestChanges(@Nullable Long distributorId, int limit);

	/** The series with the worst backtest error (WAPE), worst first. */
	List<ForecastAccuracy> worstErrors(@Nullable Long distributorId, int limit);

	/** The stored one-month-ahead forecasts of past months against what then happened. */
	List<TrackRecord> trackRecord(ForecastRequest request);

}
