package com.sellout.portal.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import com.sellout.portal.shared.DateTexts;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the date and month fragments ({@code fragments/dates.html}) show of a value, be it
 * a date, a month or the text that was typed: used from templates as
 * {@code ${@dates.text(value)}}.
 */
@Component("dates")
class DateFields {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private final int yearsBack;

	private final int yearsAhead;

	/**
	 * The years a month's select offers around this one:
	 * {@code portal.month-field.years-back} (10) and
	 * {@code portal.month-field.years-ahead} (3); the tests, whose data lie in years of
	 * their own, offer more.
	 */
	DateFields(@Value("${portal.month-field.years-back:10}") int yearsBack,
			@Value("${portal.month-field.years-ahead:3}") int yearsAhead) {
		this.yearsBack = yearsBack;
		this.yearsAhead = yearsAhead;
	}

	/** {@code 03.12.2026} for a date or an ISO text; any other text as it was typed. */
	public String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return DateTexts.shown(date);
		}
		String typed = value.toString();
		return DateTexts.date(typed).map(DateTexts::shown).orElse(typed);
	}

	/** The month of a month or its text, none when it is none. */
	public @Nullable YearMonth month(@Nullable Object value) {
		if (value instanceof YearMonth month) {
			return month;
		}
		return value == null ? null : DateTexts.month(value.toString()).orElse(null);
	}

	/**
	 * The years offered around this one, and the value's own when it is outside them,
	 * newest first.
	 */
	public List<Integer> years(@Nullable Object value) {
		int now = LocalDate.now(MOSCOW).getYear();
		TreeSet<Integer> years = new TreeSet<>();
		IntStream.rangeClosed(now - yearsBack, now + yearsAhead).forEach(years::add);
		YearMonth chosen = month(value);
		if (chosen != null) {
			years.add(chosen.getYear());
		}
		return List.copyOf(years.descendingSet());
	}

}
