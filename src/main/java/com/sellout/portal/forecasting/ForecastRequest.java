package com.sellout.portal.forecasting;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What a page or the API asks: one distributor (null = every distributor the caller
 * sees), one product or one group (sub-groups included; neither = all products), how many
 * months ahead (1–24), the forecast as it would have been made at the end of {@code asOf}
 * (null = from the latest history; history after it is never used), and a method instead
 * of the backtest's choice (null = the choice). A request with {@code asOf} or
 * {@code method} is computed on demand; one without is answered from the stored
 * forecasts.
 */
public record ForecastRequest(@Nullable Long distributorId, @Nullable String sku, @Nullable Long groupId, int horizon,
		@Nullable YearMonth asOf, @Nullable ForecastMethod method) {

	public static final int MAX_HORIZON = 24;

	public ForecastRequest {
		if (horizon < 1 || horizon > MAX_HORIZON) {
			throw new IllegalArgumentException("horizon must be 1.." + MAX_HORIZON + ": " + horizon);
		}
		sku = sku == null || sku.isBlank() ? null : sku.strip();
	}

	/** Answered from the stored forecasts, not computed now. */
	public boolean stored() {
		return asOf == null && method == null;
	}

}
