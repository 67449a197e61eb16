package com.sellout.portal.calendar.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sellout.portal.calendar.WorkingDays;

/**
 * The production calendar as it stands at one moment: the listed years day by day, any
 * other year by the weekends and art. 112 ({@link StatutoryHolidays}). A value, so that
 * one computation of deadlines reads one calendar throughout.
 */
final class ProductionCalendar implements WorkingDays {

	/** Nobody owes a report more than this many working days on. */
	private static final int MAX_WORKING_DAYS = 366;

	/** The working days of the listed years: a listed day absent here is a day off. */
	private final Map<LocalDate, Boolean> listedDays;

	private final Set<Integer> listedYears;

	private final Map<Integer, Set<LocalDate>> statutoryOff = new ConcurrentHashMap<>();

	ProductionCalendar(Map<LocalDate, Boolean> listedDays, Set<Integer> listedYears) {
		this.listedDays = Map.copyOf(listedDays);
		this.listedYears = Set.copyOf(listedYears);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		if (listedYears.contains(day.getYear())) {
			Boolean working = listedDays.get(day);
			return working != null ? working : !StatutoryHolidays.isWeekend(day);
		}
		return statutoryWorkingDay(day);
	}

	/** What art. 112 and the weekends alone make of the day. */
	boolean statutoryWorkingDay(LocalDate day) {
		Set<LocalDate> off = statutoryOff.computeIfAbsent(day.getYear(),
				year -> StatutoryHolidays.weekdaysOff(year).keySet());
		return !StatutoryHolidays.isWeekend(day) && !off.contains(day);
	}

	@Override
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		if (n < 0 || n > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("Working days to add: " + n);
		}
		LocalDate current = day;
		int counted = 0;
		while (counted < n) {
			current = current.plusDays(1);
			if (isWorkingDay(current)) {
				counted++;
			}
		}
		return current;
	}

	@Override
	public boolean listed(int year) {
		return listedYears.contains(year);
	}

}
