package com.sellout.portal.calendar.reminders;

/**
 * Why a reminder goes out. Each fires at most once per submission, day and person (the
 * unique key of {@code calendar_reminders}).
 */
enum ReminderRule {

	/** 7 calendar days before the due day. */
	WEEK_BEFORE,
	/** 2 calendar days before the due day. */
	TWO_DAYS_BEFORE,
	/** On the due day. */
	DUE_DAY,
	/** Every working day after the due day, until a report is accepted. */
	OVERDUE,
	/**
	 * Once, to the distributor's responsible manager, from the N-th working day after the
	 * due day.
	 */
	ESCALATION;

	boolean isEscalation() {
		return this == ESCALATION;
	}

}
