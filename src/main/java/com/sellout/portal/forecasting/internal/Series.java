package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.forecasting.MonthQuantity;
import com.sellout.portal.shared.Sha256;

/**
 * One distributor × product history: the accepted quantity of its active reports per
 * month from its first month with a sale to the distributor's last reported month (or the
 * request's asOf), months without lines 0.
 */
record Series(long distributorId, String sku, YearMonth first, double[] values) {

	YearMonth last() {
		return first.plusMonths(values.length - 1L);
	}

	/**
	 * What the stored forecast was fitted on: the months and their quantities; a new
	 * month, or a quantity changed, changes it.
	 */
	String fingerprint() {
		StringBuilder text = new StringBuilder(first.toString());
		for (double value : values) {
			text.append(';').append(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString());
		}
		return Sha256.hex(text.toString());
	}

	List<MonthQuantity> history() {
		List<MonthQuantity> months = new ArrayList<>(values.length);
		for (int i = 0; i < values.length; i++) {
			months.add(new MonthQuantity(first.plusMonths(i), Quantities.of(values[i])));
		}
		return months;
	}

}
