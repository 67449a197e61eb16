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
 * their size with the sign in front; and the one percent format of the portal: the
 * number, a no-break space, «%» — «−18,25 %», «+4,2 %».
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

	/** The no-break space between a number and «%». */
	public static final String PERCENT = "\u00a0%";

	/**
	 * A value already in percent: «18,25 %», «−3,1 %» (the minus sign of a negative
	 * value, no sign of a positive one).
	 */
	public static String percent(BigDecimal percent, String pattern, Locale locale) {
		return format(percent, pattern, locale) + PERCENT;
	}

	/** A change in percent with its sign either way: «+4,2 %», «−18,25 %», «0 %». */
	public static String signedPercent(BigDecimal percent, String pattern, Locale locale) {
		String size = percent(percent.abs(), pattern, locale);
		return size.matches("[^1-9]*") ? size : sign(percent) + size;
	}

	/** «+» above zero, «−» below, nothing for zero. */
	public static String sign(BigDecimal value) {
		return value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "";
	}

}
