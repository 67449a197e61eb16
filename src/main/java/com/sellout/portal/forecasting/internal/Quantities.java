package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

/** Quantities and months as the tables and the answers hold them. */
final class Quantities {

	private Quantities() {
	}

	/** Three decimals, as the sell-out quantities; NaN and infinities as 0. */
	static BigDecimal of(double value) {
		if (!Double.isFinite(value)) {
			return BigDecimal.ZERO.setScale(3);
		}
		return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
	}

	/** A fraction of the backtest (WAPE, bias, MASE); null when it is not a number. */
	static BigDecimal fraction(double value) {
		return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP) : null;
	}

	static LocalDate day(YearMonth month) {
		return month.atDay(1);
	}

	static YearMonth month(Object date) {
		if (date instanceof Date sql) {
			return YearMonth.from(sql.toLocalDate());
		}
		return YearMonth.from((LocalDate) date);
	}

}
