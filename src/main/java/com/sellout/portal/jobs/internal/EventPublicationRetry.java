package com.sellout.portal.jobs.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again the events a listener did not finish: one that failed (the database away
 * while a delivery was answered, say) would otherwise wait for the next restart. Every
 * few minutes, on one node of the cluster, publications unhandled for longer than
 * {@code portal.events.resubmit-after} go to their listeners once more — which are
 * idempotent, so one still at work elsewhere does no harm.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetry {

	static final String JOB = "event-publication-retry";

	private final IncompleteEventPublications incomplete;

	private final Duration after;

	EventPublicationRetry(IncompleteEventPublications incomplete, EventSettings settings) {
		this.incomplete = incomplete;
		this.after = settings.resubmitAfter();
	}

	@Bean
	Task<Void> eventPublicationRetryTask() {
		return Tasks.recurring(JOB, JobSchedules.every(after)).execute((instance, context) -> resubmit());
	}

	/**
	 * Hands the publications unhandled for longer than the setting to their listeners
	 * again.
	 */
	void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(after);
	}

}
