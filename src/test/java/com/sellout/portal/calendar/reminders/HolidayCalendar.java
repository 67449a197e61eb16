package com.sellout.portal.calendar.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import com.sellout.portal.calendar.WorkingDays;

/**
 * A production calendar written out by hand for the schedule's own tests: weekends and
 * the days listed as holidays (here May 2026: 1 May, and 11 May for 9 May falling on a
 * Saturday).
 */
record HolidayCalendar(Set<LocalDate> holidays) implements WorkingDays {

	static final HolidayCalendar MAY_2026 = new HolidayCalendar(
			Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11)));

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		LocalDate next = day;
		for (int i = 0; i < n;) {
			next = next.plusDays(1);
			if (isWorkingDay(next)) {
				i++;
			}
		}
		return next;
	}

	@Override
	public boolean listed(int year) {
		return true;
	}

}
