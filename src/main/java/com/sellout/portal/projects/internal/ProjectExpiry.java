package com.sellout.portal.projects.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.jobs.JobSchedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Approved projects whose protection ended without an outcome become {@code EXPIRED}: a
 * protection lasts through its last day, so a project protected until the 10th expires on
 * the 11th. Run by a recurring db-scheduler job (one node of the cluster at a time, every
 * {@code portal.projects.expiry-check}), in the all-distributors scope.
 */
@Component
public class ProjectExpiry {

	static final String JOB = "project-expiry";

	private final ProjectBook book;

	private final ScopedTransactions transactions;

	private final AuditLog audit;

	ProjectExpiry(ProjectBook book, ScopedTransactions transactions, AuditLog audit) {
		this.book = book;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** Expires what is due by the clock's today; the ids expired. */
	public List<Long> expireDue(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			List<ProjectBook.Expired> expired = book.expire(today);
			for (ProjectBook.Expired project : expired) {
				audit.record(AuditAction.PROJECT_EXPIRED, "system", "project", project.id(), project.distributorId(),
						"protection ended");
			}
			return expired.stream().map(ProjectBook.Expired::id).toList();
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ProjectsSettings.class)
	static class Job {

		@Bean
		Task<Void> projectExpiryTask(ProjectExpiry expiry, ProjectsSettings settings, Clock clock) {
			return Tasks.recurring(JOB, JobSchedules.every(settings.expiryCheck()))
				.execute((instance, context) -> expiry.expireDue(clock));
		}

	}

}
