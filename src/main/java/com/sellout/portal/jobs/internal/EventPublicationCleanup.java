package com.sellout.portal.jobs.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.jobs.JobSchedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * Keeps the event publication registry small: Spring Modulith marks a publication
 * completed once its listener has handled it and keeps the row, so without this job
 * {@code event_publication} grows by every event times its listeners for ever. Completed
 * publications older than {@code portal.events.retention} are deleted, once an hour on
 * one node of the cluster; those a listener still owes are left for it (they are
 * delivered again).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventSettings.class)
class EventPublicationCleanup {

	static final String JOB = "event-publication-cleanup";

	private static final Duration EVERY = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(EventPublicationCleanup.class);

	private final CompletedEventPublications completed;

	private final Duration retention;

	EventPublicationCleanup(CompletedEventPublications completed, EventSettings settings) {
		this.completed = completed;
		this.retention = settings.retention();
	}

	@Bean
	Task<Void> eventPublicationCleanupTask() {
		return Tasks.recurring(JOB, JobSchedules.every(EVERY)).execute((instance, context) -> deleteOld());
	}

	/** Deletes the completed publications older than the retention. */
	void deleteOld() {
		completed.deletePublicationsOlderThan(retention);
		log.debug("Completed event publications older than {} deleted", retention);
	}

}
