package com.sellout.portal.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and months as pages show them: a date «03.12.2026» (English «12/03/2026» is not
 * used: the portal writes dates the Russian way in both languages, as its date fields
 * take them), a month by its name in the nominative, capitalised — «Сентябрь 2026»,
 * «September 2026».
 */
public final class DisplayDates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private DisplayDates() {
	}

	public static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DATE.format(date);
	}

	/** «Сентябрь 2026»: the stand-alone (nominative) name, capitalised. */
	public static String month(YearMonth month, Locale locale) {
		if (month == null) {
			return "";
		}
		String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
	}

	/** The month of a date (a period stored as its first day). */
	public static String month(LocalDate anyDay, Locale locale) {
		return anyDay == null ? "" : month(YearMonth.from(anyDay), locale);
	}

}
