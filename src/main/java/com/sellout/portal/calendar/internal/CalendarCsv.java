package com.sellout.portal.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year of the production calendar as shipped ({@code calendar/<year>.csv}): comment
 * lines ({@code #}), among them {@code # Источник: …} (where the list comes from) and
 * {@code # Переносы Правительства: учтены | не учтены}; then {@code date;working;note}
 * lines, one for every day off of the year (and any weekend made a working day,
 * {@code working=1}). A day the file does not name is a working day.
 */
final class CalendarCsv {

	private static final String SOURCE = "# Источник:";

	private static final String TRANSFERS = "# Переносы Правительства:";

	private CalendarCsv() {
	}

	/** A year as listed: every day of it, working or not, with the note of a day off. */
	record Year(int year, String source, boolean transfersKnown, Map<LocalDate, Boolean> working,
			Map<LocalDate, String> notes) {
	}

	static Year read(int year, InputStream in) {
		String text;
		try {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String source = "";
		boolean transfersKnown = false;
		Map<LocalDate, Boolean> working = new TreeMap<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			working.put(day, true);
		}
		Map<LocalDate, String> notes = new TreeMap<>();
		int lineNo = 0;
		for (String line : text.split("\r?\n")) {
			lineNo++;
			String trimmed = line.strip();
			if (trimmed.startsWith(SOURCE)) {
				source = trimmed.substring(SOURCE.length()).strip();
			}
			else if (trimmed.startsWith(TRANSFERS)) {
				transfersKnown = trimmed.substring(TRANSFERS.length()).strip().equals("учтены");
			}
			if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("date;")) {
				continue;
			}
			String[] cells = trimmed.split(";", 3);
			try {
				LocalDate day = LocalDate.parse(cells[0]);
				if (day.getYear() != year || cells.length < 2) {
					throw new IllegalStateException("calendar/" + year + ".csv, line " + lineNo + ": " + line);
				}
				working.put(day, "1".equals(cells[1].strip()));
				if (cells.length > 2 && !cells[2].isBlank()) {
					notes.put(day, cells[2].strip());
				}
			}
			catch (DateTimeParseException ex) {
				throw new IllegalStateException("calendar/" + year + ".csv, line " + lineNo + ": " + line, ex);
			}
		}
		return new Year(year, source, transfersKnown, working, notes);
	}

}
