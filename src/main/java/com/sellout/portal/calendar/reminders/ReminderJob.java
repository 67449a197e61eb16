package com.sellout.portal.calendar.reminders;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that sends the reminders due (one node of the cluster at a time,
 * every {@code portal.calendar.reminders.interval}, against the calendar's clock). With
 * {@code enabled} off it does nothing: tests run rounds themselves at the instants they
 * choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderJob {

	static final String JOB = "calendar-reminders";

	@Bean
	Task<Void> calendarRemindersTask(ReminderRound round, ReminderSettings settings, Clock clock) {
		return Tasks.recurring(JOB, JobSchedules.every(settings.interval())).execute((instance, context) -> {
			if (settings.enabled()) {
				round.run(clock.instant());
			}
		});
	}

}
