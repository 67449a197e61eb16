package com.sellout.portal.reading;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTest {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|',
			value = { "1496.43|1496.43", "1496,43|1496.43", "1 496,43|1496.43", "1\u00A0496,43|1496.43", // no-break
																											// space
																											// between
																											// thousands
					"1\u202F496,43|1496.43", // narrow no-break space
					"1,496.43|1496.43", "1.496,43|1496.43", "1 234 567|1234567", "-12,5|-12.5", "(12.50)|-12.50",
					"740.44 руб.|740.44", "740,44 ₽|740.44", "0|0", "1.234.567|1234567", "abc|", "12a|", "''|",
					"1,2,3.4.5|" })
	void readsNumbersAsPeopleWriteThem(String text, String expected) {
		assertThat(CellValues.decimal(text).orElse(null)).isEqualTo(expected == null ? null : new BigDecimal(expected));
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|',
			value = { "2026-09-01|2026-09-01", "01.09.2026|2026-09-01", "1.9.2026|2026-09-01", "01.09.26|2026-09-01",
					"01/09/2026|2026-09-01", "01.09.2026 0:00:00|2026-09-01", // 1C writes
																				// the
																				// time
																				// along
					"2026-09-01T00:00:00|2026-09-01", "46266|2026-09-01", // an Excel
																			// serial date
					"31.02.2026|", // no such day
					"2026-13-01|", "завтра|", "''|" })
	void readsDatesAsPeopleAndSystemsWriteThem(String text, String expected) {
		assertThat(CellValues.date(text).orElse(null)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
	}

}
