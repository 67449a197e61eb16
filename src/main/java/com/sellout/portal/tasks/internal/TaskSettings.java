package com.sellout.portal.tasks.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tasks' reminders.
 *
 * @param remindersEnabled whether the recurring job sends anything (tests run rounds by
 * hand, at the instants they choose)
 * @param reminderInterval how often the job looks for tasks due today
 */
@ConfigurationProperties("portal.tasks")
record TaskSettings(@DefaultValue("true") boolean remindersEnabled, @DefaultValue("30m") Duration reminderInterval) {
}
