package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month of history: the accepted sell-out quantity of the active reports. */
public record MonthQuantity(YearMonth period, BigDecimal quantity) {
}
