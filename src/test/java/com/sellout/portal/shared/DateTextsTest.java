package com.sellout.portal.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextsTest {

	@Test
	void aDateIsTypedAsRussiansWriteItOrAsIso() {
		assertThat(DateTexts.date("03.12.2026")).contains(LocalDate.of(2026, 12, 3));
		assertThat(DateTexts.date(" 3.12.2026 ")).contains(LocalDate.of(2026, 12, 3));
		assertThat(DateTexts.date("2026-12-03")).contains(LocalDate.of(2026, 12, 3));
		assertThat(DateTexts.shown(LocalDate.of(2026, 1, 5))).isEqualTo("05.01.2026");
	}

	@Test
	void nonsenseIsNoDate() {
		assertThat(DateTexts.date("31.02.2026")).isEmpty();
		assertThat(DateTexts.date("2026-02-30")).isEmpty();
		assertThat(DateTexts.date("12/03/2026")).isEmpty();
		assertThat(DateTexts.date("вчера")).isEmpty();
		assertThat(DateTexts.date("")).isEmpty();
		assertThat(DateTexts.date(null)).isEmpty();
	}

	@Test
	void aMonthIsIsoOrMonthDotYear() {
		assertThat(DateTexts.month("2026-09")).contains(YearMonth.of(2026, 9));
		assertThat(DateTexts.month("09.2026")).contains(YearMonth.of(2026, 9));
		assertThat(DateTexts.month("2026-13")).isEmpty();
		assertThat(DateTexts.month("2026-?")).isEmpty();
	}

}
