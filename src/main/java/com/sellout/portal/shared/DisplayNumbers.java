package com.sellout.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as pages show them: a {@link DecimalFormat} pattern, halves rounded up, in
 * Russian with a no-break space between thousands and a decimal comma («1 234,5»), the
 * minus sign «−»; and the sign of a change written apart («+», «−»), for figures shown as
 * their size with the sign in front.
 */
public final class DisplayNumbers {

	private DisplayNumbers() {
	}

	public static String format(BigDecimal value, String pattern, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		if ("ru".equals(locale.getLanguage())) {
			symbols.setGroupingSeparator('\u00a0');
			symbols.setDecimalSeparator(',');
		}
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value).replace('-', '−');
	}

	/** «+» above zero, «−» below, nothing for zero. */
	public static String sign(BigDecimal value) {
		return value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "";
	}

}
