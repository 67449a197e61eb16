package com.sellout.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InnTest {

	@ParameterizedTest(name = "{0} is valid: {1}")
	@CsvSource({ "7776711926, true", // ALFA of the samples
			"5478631679, true", // BETA
			"6655323405, true", // GAMMA
			"7707083893, true", // a well-known organisation
			"500100732259, true", // a person (12 digits)
			"7776711927, false", // wrong check digit
			"500100732258, false", // wrong second check digit
			"500100732269, false", // wrong first check digit
			"777671192, false", // too short
			"77767119261, false", // 11 digits
			"77767119A6, false", // not digits
			"'', false" })
	void checksDigits(String value, boolean valid) {
		assertThat(Inn.isValid(value)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "7776711927", "12345", "abcdefghij" })
	void refusesToHoldAnInvalidNumber(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Inn(value));
	}

	@ParameterizedTest
	@CsvSource({ "770101001, true", "77010100A, false", "7701AB001, true", "7701ab001, false", "77010100, false" })
	void checksKppFormat(String value, boolean valid) {
		assertThat(Kpp.isValid(value)).isEqualTo(valid);
	}

}
