package com.sellout.portal.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the Labour Code alone says about a year (art. 112): the non-working holidays — 1–8
 * January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November — and a holiday falling
 * on a weekend moves that weekend's day off to the next working day (not the January
 * ones: the government moves those itself, by a yearly decree). A year the production
 * calendar has no list for counts these and the weekends only.
 */
final class StatutoryHolidays {

	private StatutoryHolidays() {
	}

	/** The year's days off that are not Saturdays or Sundays, with why. */
	static Map<LocalDate, String> weekdaysOff(int year) {
		Map<LocalDate, String> holidays = holidays(year);
		Map<LocalDate, String> off = new TreeMap<>();
		holidays.forEach((day, name) -> {
			if (!isWeekend(day)) {
				off.put(day, name);
			}
		});
		for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
			LocalDate day = holiday.getKey();
			if (day.getMonth() == Month.JANUARY || !isWeekend(day)) {
				continue;
			}
			LocalDate moved = day.plusDays(1);
			while (isWeekend(moved) || holidays.containsKey(moved) || off.containsKey(moved)) {
				moved = moved.plusDays(1);
			}
			off.put(moved, "carry-over:" + day);
		}
		return off;
	}

	/** The holidays of art. 112, by date. */
	static Map<LocalDate, String> holidays(int year) {
		Map<LocalDate, String> days = new TreeMap<>();
		for (int day = 1; day <= 8; day++) {
			days.put(LocalDate.of(year, 1, day), day == 7 ? "christmas" : "new-year");
		}
		days.put(LocalDate.of(year, 2, 23), "defender");
		days.put(LocalDate.of(year, 3, 8), "women");
		days.put(LocalDate.of(year, 5, 1), "labour");
		days.put(LocalDate.of(year, 5, 9), "victory");
		days.put(LocalDate.of(year, 6, 12), "russia");
		days.put(LocalDate.of(year, 11, 4), "unity");
		return days;
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
