package com.sellout.portal.shared;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportNamesTest {

	@Test
	void theNameSaysWhatWhoseAndWhichPeriodLeavingOutWhatIsNone() {
		assertThat(ExportNames.of("xlsx", "sellout", "ALFA", YearMonth.of(2026, 9), null, " "))
			.isEqualTo("sellout-ALFA-2026-09.xlsx");
		assertThat(ExportNames.of("csv", "forecast", "ALFA", "EL 100/2")).isEqualTo("forecast-ALFA-EL_100_2.csv");
	}

	@Test
	void aRussianNameGoesAsUtf8WithAnAsciiFallbackNotTransliterated() {
		String name = ExportNames.of("xlsx", "Прогноз", "ALFA");
		assertThat(name).isEqualTo("Прогноз-ALFA.xlsx");
		assertThat(ExportNames.attachment(name)).isEqualTo("attachment; filename=\"_______-ALFA.xlsx\"; "
				+ "filename*=UTF-8''%D0%9F%D1%80%D0%BE%D0%B3%D0%BD%D0%BE%D0%B7-ALFA.xlsx");
		assertThat(ExportNames.attachment("a\"b c.csv"))
			.isEqualTo("attachment; filename=\"a_b c.csv\"; " + "filename*=UTF-8''a%22b%20c.csv");
	}

}
