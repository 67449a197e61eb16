package com.sellout.portal.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates and months as people type them and as addresses carry them: a date is
 * {@code ДД.ММ.ГГГГ} (03.12.2026, also 3.12.2026) or ISO {@code ГГГГ-ММ-ДД} (API clients,
 * old links); a month is {@code ГГГГ-ММ} or {@code ММ.ГГГГ}. Checked strictly: 31.02.2026
 * is no date.
 */
public final class DateTexts {

	public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern RUSSIAN = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MONTH_ISO = Pattern.compile("\\d{4}-\\d{1,2}");

	private static final Pattern MONTH_RUSSIAN = Pattern.compile("\\d{1,2}\\.\\d{4}");

	private DateTexts() {
	}

	/** The date typed, none for a blank text or one that is no date. */
	public static Optional<LocalDate> date(@Nullable String text) {
		String typed = text == null ? "" : text.strip();
		try {
			if (RUSSIAN.matcher(typed).matches()) {
				return Optional.of(LocalDate.parse(typed, TYPED));
			}
			if (ISO.matcher(typed).matches()) {
				return Optional.of(LocalDate.parse(typed));
			}
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The month typed, none for a blank text or one that is no month. */
	public static Optional<YearMonth> month(@Nullable String text) {
		String typed = text == null ? "" : text.strip();
		try {
			if (MONTH_ISO.matcher(typed).matches()) {
				int dash = typed.indexOf('-');
				return Optional.of(YearMonth.of(Integer.parseInt(typed.substring(0, dash)),
						Integer.parseInt(typed.substring(dash + 1))));
			}
			if (MONTH_RUSSIAN.matcher(typed).matches()) {
				int dot = typed.indexOf('.');
				return Optional.of(YearMonth.of(Integer.parseInt(typed.substring(dot + 1)),
						Integer.parseInt(typed.substring(0, dot))));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** {@code 03.12.2026}. */
	public static String shown(LocalDate date) {
		return SHOWN.format(date);
	}

}
