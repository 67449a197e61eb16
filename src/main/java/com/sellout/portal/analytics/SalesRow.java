package com.sellout.portal.analytics;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One row of a breakdown: its key and name in the first dimension (and in the second,
 * when asked for), the net amount in RUB, the quantity (null when the row's lines have
 * more than one unit), the lines and the distinct clients (null where they were not
 * counted: {@link SalesFigures#sums}).
 */
public record SalesRow(String key, String name, @Nullable String key2, @Nullable String name2, BigDecimal amountNet,
		@Nullable BigDecimal quantity, long lines, @Nullable Long clients) {
}
