package com.sellout.portal.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayDatesTest {

	@ParameterizedTest
	@CsvSource({ "2026-09, ru, Сентябрь 2026", "2026-05, ru, Май 2026", "2026-03, ru, Март 2026",
			"2026-09, en, September 2026" })
	void aMonthIsItsNominativeNameCapitalised(String month, String language, String expected) {
		assertThat(DisplayDates.month(YearMonth.parse(month), Locale.forLanguageTag(language))).isEqualTo(expected);
		assertThat(DisplayDates.month(YearMonth.parse(month).atDay(1), Locale.forLanguageTag(language)))
			.as("a period stored as its first day")
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ru", "en" })
	void aDateIsWrittenTheRussianWay(String language) {
		assertThat(DisplayDates.date(LocalDate.of(2026, 12, 3), Locale.forLanguageTag(language)))
			.isEqualTo("03.12.2026");
	}

}
