package com.sellout.portal.calendar;

/**
 * When a month's report is due, counted from the end of the period it closes (the month,
 * the week of a weekly distributor, the quarter of a quarterly one).
 *
 * @param kind {@code WORKING_DAY}: the {@code day}-th working day after the period;
 * {@code DAY_OF_MONTH}: by the {@code day}-th of the next month (the last day when the
 * month is shorter)
 */
public record DueRule(Kind kind, int day) {

	public enum Kind {

		WORKING_DAY, DAY_OF_MONTH

	}

}
