package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A forecast month: the point forecast and its 80 % prediction interval. The quantity may
 * be negative (a month of net returns); needs derived from it are floored at 0.
 */
public record ForecastMonth(YearMonth period, BigDecimal quantity, BigDecimal lower80, BigDecimal upper80) {
}
