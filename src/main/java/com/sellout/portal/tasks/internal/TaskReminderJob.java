package com.sellout.portal.tasks.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that sends the due day's task reminders (one node of the cluster at a
 * time, every {@code portal.tasks.reminder-interval}, against the portal's clock); with
 * {@code portal.tasks.reminders-enabled} off it does nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaskSettings.class)
class TaskReminderJob {

	static final String JOB = "task-reminders";

	@Bean
	Task<Void> taskRemindersTask(TaskReminders reminders, TaskSettings settings, Clock clock) {
		return Tasks.recurring(JOB, JobSchedules.every(settings.reminderInterval())).execute((instance, context) -> {
			if (settings.remindersEnabled()) {
				reminders.run(clock.instant());
			}
		});
	}

}
