package com.sellout.portal.ingest.mail;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;
import com.sellout.portal.messaging.MailServers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intake mailbox is read by a recurring job, so that one node at a time reads it (the
 * scheduler's lock): reading it twice at once would only make the delivery log refuse the
 * second.
 */
@Configuration(proxyBeanMethods = false)
class MailIntakeJob {

	@Bean
	Task<Void> mailIntakeTask(MailServers servers, MailIntake intake) {
		return Tasks.recurring("mail-intake", JobSchedules.every(servers.settings().intakeInterval()))
			.execute((instance, context) -> intake.poll());
	}

}
