package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.reading.RawRow;

/**
 * The period a report's title block names, as 1C prints it: «Период: Декабрь 2026 г.»,
 * «Период: 01.12.2026 - 31.12.2026», «с 01.12.2026 по 31.12.2026», «за декабрь 2026».
 *
 * @param from the first day
 * @param to the last day
 */
record TitlePeriod(LocalDate from, LocalDate to) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final String DATE = "(\\d{1,2}\\.\\d{1,2}\\.\\d{4})";

	private static final Pattern RANGE = Pattern.compile("(?:период|за период|с)\\s*:?\\s*(?:с\\s+)?" + DATE
			+ "(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:-|–|—|по)\\s*" + DATE);

	/**
	 * A stock report's single date: «Остатки на 31.10.2037», «по состоянию на
	 * 31.10.2037», "Stock as of 31.10.2037".
	 */
	private static final Pattern ON_DATE = Pattern
		.compile("(?:^|\\s)(?:на|as of|as at|on)\\s*:?\\s*" + DATE + "(?!\\s*(?:-|–|—|по))");

	private static final Pattern MONTH = Pattern
		.compile("(?:период\\s*:?|за)\\s*([а-яa-z]+)\\s+(\\d{4})(?:\\s*г\\.?|\\s*года)?");

	private static final List<List<String>> MONTHS = List.of(List.of("январь", "января", "january"),
			List.of("февраль", "февраля", "february"), List.of("март", "марта", "march"),
			List.of("апрель", "апреля", "april"), List.of("май", "мая", "may"), List.of("июнь", "июня", "june"),
			List.of("июль", "июля", "july"), List.of("август", "августа", "august"),
			List.of("сентябрь", "сентября", "september"), List.of("октябрь", "октября", "october"),
			List.of("ноябрь", "ноября", "november"), List.of("декабрь", "декабря", "december"));

	/**
	 * The first period named in the title lines (one or two filled cells) of these rows,
	 * or a parameters sheet's.
	 */
	static Optional<TitlePeriod> find(List<RawRow> rows) {
		for (RawRow row : rows) {
			if (row.filled() > 2) {
				continue;
			}
			String text = String.join(" ", row.cells()).strip();
			if (text.length() > 6 && text.length() < 300) {
				Optional<TitlePeriod> period = parse(text);
				if (period.isPresent()) {
					return period;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The date a stock report's title says its stock stands on: the date it names
	 * («Остатки на 31.10.2037», «по состоянию на 31.10.2037»), else the end of the period
	 * it names, however long (a 1C «Ведомость» for a quarter stands on its last day).
	 * Read for stock reports only: a sell-out report's title is read for its period.
	 */
	static Optional<LocalDate> asOf(List<RawRow> rows) {
		for (RawRow row : rows) {
			if (row.filled() > 2) {
				continue;
			}
			String text = String.join(" ", row.cells()).strip();
			if (text.length() > 6 && text.length() < 300) {
				Optional<LocalDate> date = onDate(text);
				if (date.isPresent()) {
					return date;
				}
			}
		}
		return find(rows).map(TitlePeriod::to);
	}

	static Optional<LocalDate> onDate(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00A0', ' ');
		if (RANGE.matcher(lower).find()) {
			return Optional.empty();
		}
		Matcher on = ON_DATE.matcher(lower);
		if (!on.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(pad(on.group(1)), DAY));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static Optional<TitlePeriod> parse(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00A0', ' ');
		Matcher range = RANGE.matcher(lower);
		if (range.find()) {
			try {
				LocalDate from = LocalDate.parse(pad(range.group(1)), DAY);
				LocalDate to = LocalDate.parse(pad(range.group(2)), DAY);
				return to.isBefore(from) ? Optional.empty() : Optional.of(new TitlePeriod(from, to));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		Matcher month = MONTH.matcher(lower);
		while (month.find()) {
			for (int i = 0; i < MONTHS.size(); i++) {
				if (MONTHS.get(i).contains(month.group(1))) {
					YearMonth named = YearMonth.of(Integer.parseInt(month.group(2)), i + 1);
					return Optional.of(new TitlePeriod(named.atDay(1), named.atEndOfMonth()));
				}
			}
		}
		return Optional.empty();
	}

	/** "1.12.2026" → "01.12.2026". */
	private static String pad(String date) {
		String[] parts = date.split("\\.");
		return String.format("%02d.%02d.%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]);
	}

	/**
	 * Whether the period lies within one calendar month: the report's period is then that
	 * month.
	 */
	boolean withinOneMonth() {
		return YearMonth.from(from).equals(YearMonth.from(to));
	}

	YearMonth month() {
		return YearMonth.from(from);
	}

}
