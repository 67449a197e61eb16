package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the title's period is told, case by case (the grouping column's header: mapping's
 * GroupLevelsTest).
 */
class GroupedLayoutTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Период: Декабрь 2026 г.                       | 2026-12-01 | 2026-12-31
			Период: 01.12.2026 - 31.12.2026               | 2026-12-01 | 2026-12-31
			Период: 1.12.2026 0:00:00 - 31.12.2026        | 2026-12-01 | 2026-12-31
			Продажи за декабрь 2026                       | 2026-12-01 | 2026-12-31
			Валовая прибыль за ноября 2026 года           | 2026-11-01 | 2026-11-30
			с 01.10.2026 по 31.12.2026                    | 2026-10-01 | 2026-12-31
			Period: December 2026                         | -          | -
			Период: 31.12.2026 - 01.12.2026               | -          | -
			Отбор: Организация Равно Альфа                | -          | -
			""")
	void theTitleNamesThePeriodAs1cPrintsIt(String text, LocalDate from, LocalDate to) {
		Optional<TitlePeriod> period = TitlePeriod.parse(text);
		if (from == null) {
			assertThat(period).isEmpty();
		}
		else {
			assertThat(period).contains(new TitlePeriod(from, to));
		}
	}

}
