package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * How much a series' forecast moved: the total of the next {@code months} months in the
 * latest stored forecast against the forecast made the month before for the same months.
 */
public record ForecastChange(long distributorId, String distributor, String sku, @Nullable String productName,
		YearMonth madeIn, YearMonth previousMadeIn, int months, BigDecimal previous, BigDecimal current,
		@Nullable BigDecimal changePercent) {
}
