package com.sellout.portal.shared;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNumbersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1234567.891 | #,##0.###  | ru | 1\u00a0234\u00a0567,891
			1234567.891 | #,##0.###  | en | 1,234,567.891
			0.25        | #,##0.#    | ru | 0,3
			0.35        | #,##0.#    | en | 0.4
			-18.25      | #,##0.00   | ru | −18,25
			2           | #,##0.##   | ru | 2
			""")
	void writesRussianWithANoBreakSpaceAndACommaHalvesUpAndTheMinusSign(String value, String pattern, String language,
			String expected) {
		assertThat(DisplayNumbers.format(new BigDecimal(value), pattern.strip(), Locale.forLanguageTag(language)))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "5, +", "-0.1, −", "0, ''", "0.00, ''" })
	void theSignOfAChangeIsWrittenApart(String value, String expected) {
		assertThat(DisplayNumbers.sign(new BigDecimal(value))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			-18.25 | ru | −18,25\u00a0%
			18.25  | ru | 18,25\u00a0%
			4.2    | en | 4.2\u00a0%
			1234.5 | ru | 1\u00a0234,5\u00a0%
			""")
	void onePercentFormatTheMinusSignACommaAndANoBreakSpaceBeforeThePercent(String value, String language,
			String expected) {
		assertThat(DisplayNumbers.percent(new BigDecimal(value), "#,##0.##", Locale.forLanguageTag(language)))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			-18.25 | −18,25\u00a0%
			4.2    | +4,2\u00a0%
			0      | 0\u00a0%
			0.001  | 0\u00a0%
			-0.004 | 0\u00a0%
			""")
	void aSignedPercentHasItsSignEitherWayAndNoneWhenItRoundsToZero(String value, String expected) {
		assertThat(DisplayNumbers.signedPercent(new BigDecimal(value), "#,##0.##", Locale.forLanguageTag("ru")))
			.isEqualTo(expected);
	}

}
