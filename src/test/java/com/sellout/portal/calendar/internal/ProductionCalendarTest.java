package com.sellout.portal.calendar.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production calendar as shipped: 2026 with art. 112, its carry-overs and the
 * government's transfers (decree № 1466: 3 January to 9 January, 4 January to 31
 * December), 2027 with art. 112 and its carry-overs only (its decree is not known), and a
 * year without a list counted by the weekends and art. 112 alone.
 */
class ProductionCalendarTest {

	private static final ProductionCalendar SHIPPED = shipped();

	static ProductionCalendar shipped() {
		CalendarCsv.Year y2026 = CalendarDays.shipped(2026);
		CalendarCsv.Year y2027 = CalendarDays.shipped(2027);
		Map<LocalDate, Boolean> days = new HashMap<>(y2026.working());
		days.putAll(y2027.working());
		return new ProductionCalendar(days, Set.of(2026, 2027));
	}

	@ParameterizedTest(name = "{0}: working {1}")
	@CsvSource({ "2026-01-01, false", "2026-01-08, false", "2026-01-09, false", // transfer
																				// from 3
																				// Jan
			"2026-01-12, true", "2026-02-23, false", "2026-03-08, false", "2026-03-09, false", // carry-over
			"2026-03-10, true", "2026-05-01, false", "2026-05-09, false", "2026-05-11, false", // carry-over
			"2026-05-12, true", "2026-06-12, false", "2026-11-04, false", "2026-12-30, true", "2026-12-31, false", // transfer
																													// from
																													// 4
																													// Jan
			"2027-01-08, false", "2027-01-11, true", "2027-02-23, false", "2027-03-08, false", "2027-05-03, false",
			"2027-05-04, true", "2027-05-10, false", "2027-06-14, false", "2027-12-31, true",
			// 2028 has no list: weekends and art. 112 only, with its carry-overs
			"2028-03-08, false", "2028-05-01, false", "2028-05-09, false", "2028-11-06, false", "2028-11-07, true",
			"2028-01-03, false", "2028-01-10, true" })
	void daysOfTheShippedYears(LocalDate day, boolean working) {
		assertThat(SHIPPED.isWorkingDay(day)).isEqualTo(working);
	}

	@Test
	void the2026ListHas247WorkingDaysAndSaysWhereItsTransfersComeFrom() {
		CalendarCsv.Year year = CalendarDays.shipped(2026);
		assertThat(year.working().values().stream().filter(w -> w).count()).isEqualTo(247);
		assertThat(year.transfersKnown()).isTrue();
		assertThat(year.source()).contains("Постановление Правительства РФ от 24.09.2025 № 1466");
		assertThat(year.notes().get(LocalDate.of(2026, 1, 9))).contains("03.01.2026").contains("№ 1466");
	}

	@Test
	void the2027ListIsArt112AloneAndSaysItsTransfersAreNotKnown() {
		CalendarCsv.Year year = CalendarDays.shipped(2027);
		assertThat(year.transfersKnown()).isFalse();
		assertThat(year.source()).contains("не учтены");
		ProductionCalendar statutory = new ProductionCalendar(Map.of(), Set.of());
		year.working()
			.forEach((day, working) -> assertThat(working).as("%s", day).isEqualTo(statutory.statutoryWorkingDay(day)));
		assertThat(SHIPPED.listed(2027)).isTrue();
		assertThat(SHIPPED.listed(2028)).isFalse();
	}

	@ParameterizedTest(name = "{1} working days after {0}: {2}")
	@CsvSource({ "2025-12-31, 5, 2026-01-16", // 1–11 January off, 9 January the transfer
			"2026-04-30, 5, 2026-05-08", // 1 May
			"2026-02-28, 5, 2026-03-06", "2026-03-06, 3, 2026-03-12", // 9 March the
																		// carry-over
			"2026-12-31, 5, 2027-01-15", "2026-12-30, 1, 2027-01-11", "2026-05-29, 1, 2026-06-01",
			"2026-05-29, 0, 2026-05-29" })
	void workingDaysAfter(LocalDate day, int n, LocalDate expected) {
		assertThat(SHIPPED.plusWorkingDays(day, n)).isEqualTo(expected);
	}

}
