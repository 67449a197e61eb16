package com.sellout.portal.analytics;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The sums of a selection: net amount in RUB (lines in another currency left out, and
 * counted in {@code otherCurrencyLines}), quantity and its unit only when the selection
 * has one unit (else both null), lines and distinct clients.
 */
public record SalesTotals(BigDecimal amountNet, @Nullable BigDecimal quantity, @Nullable String unit, long lines,
		long clients, long otherCurrencyLines) {

	public static final SalesTotals NONE = new SalesTotals(BigDecimal.ZERO, null, null, 0, 0, 0);

}
