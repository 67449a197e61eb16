package com.sellout.portal.calendar;

import java.time.LocalDate;

/**
 * The production calendar: weekends, the holidays of the Labour Code (art. 112) and the
 * transfers the government set, shipped for the years it knows and editable per year by
 * the manufacturer.
 */
public interface WorkingDays {

	boolean isWorkingDay(LocalDate day);

	/**
	 * The {@code n}-th working day after {@code day} (1 is the first working day after
	 * it).
	 */
	LocalDate plusWorkingDays(LocalDate day, int n);

	/**
	 * Whether the year has a list of its own; without one only weekends and the art. 112
	 * holidays count, and the period board warns.
	 */
	boolean listed(int year);

}
