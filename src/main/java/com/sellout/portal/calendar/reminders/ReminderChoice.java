package com.sellout.portal.calendar.reminders;

/**
 * What a person chose to get: a distributor's people the reminders of their distributor's
 * reports, the manufacturer's the escalations of the distributors they answer for; with
 * {@code byEmail} off they are listed in the portal only.
 */
public record ReminderChoice(boolean reminders, boolean byEmail, boolean escalations) {

	/** Everything on: what a person gets until they choose. */
	public static final ReminderChoice DEFAULTS = new ReminderChoice(true, true, true);

}
