package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What a forecast stored in a past month said of a later month against what then
 * happened: the one-month-ahead forecast made at the end of {@code madeIn} for
 * {@code period} (= madeIn + 1), and the actual (null while the month is not reported).
 */
public record TrackRecord(YearMonth madeIn, YearMonth period, BigDecimal forecast, @Nullable BigDecimal actual) {
}
