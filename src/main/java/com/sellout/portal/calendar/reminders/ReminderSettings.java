package com.sellout.portal.calendar.reminders;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting calendar's reminders.
 *
 * @param enabled whether the recurring job sends anything (tests run it by hand, with the
 * instant they choose)
 * @param interval how often the job looks for reminders due
 * @param escalateAfter working days after the due day from which the distributor's
 * responsible manager is told (once)
 * @param quietFrom from this local time (in the distributor's zone) nothing is sent …
 * @param quietUntil … until this one; what was due goes out at the first run after it
 * @param lookbackMonths how many months back submissions are still reminded of: an old
 * month missing since long was escalated already, and reminding of every one daily would
 * bury the current ones
 */
@ConfigurationProperties("portal.calendar.reminders")
record ReminderSettings(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration interval,
		@DefaultValue("5") int escalateAfter, @DefaultValue("21:00") LocalTime quietFrom,
		@DefaultValue("08:00") LocalTime quietUntil, @DefaultValue("3") int lookbackMonths) {

	ReminderSettings {
		if (escalateAfter < 1) {
			throw new IllegalArgumentException("portal.calendar.reminders.escalate-after must be 1 or more");
		}
		if (lookbackMonths < 0) {
			throw new IllegalArgumentException("portal.calendar.reminders.lookback-months must be 0 or more");
		}
	}

	ReminderSchedule schedule() {
		return new ReminderSchedule(escalateAfter, quietFrom, quietUntil);
	}

}
