package com.sellout.portal.ingest.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.jobs.JobSchedules;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.OutgoingMail;
import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.sellout.ReportStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells the person (or system account) who sent a report, by e-mail, when it was rejected or
 * accepted with exceptions — once per report, in their language. E-mail deliveries are told by
 * their reply instead; reports processed more than a day ago are not announced late.
 */
@Configuration(proxyBeanMethods = false)
class ReportNotifications {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final Outbox outbox;

	private final MessageSource messages;

	private final MailSettings mail;

	private final Duration interval;

	ReportNotifications(JdbcClient jdbc, ScopedTransactions transactions, Outbox outbox, MessageSource messages,
			MailSettings mail, @Value("${portal.ingest.notification-interval:30s}") Duration interval) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
		this.interval = interval;
	}

	@Bean
	Task<Void> reportNotificationsTask() {
		return Tasks.recurring("report-notifications", JobSchedules.every(interval))
			.execute((instance, context) -> notifyFinished());
	}

	private record Finished(long id, long distributorId, String fileName, String status, String period, int lines,
			int exceptions, String email, String language) {
	}

	/** Queues a mail for every report that needs one; answers how many. */
	int notifyFinished() {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			List<Finished> reports = jdbc.sql("""
					select r.id, r.distributor_id, r.file_name, r.status, to_char(r.period, 'YYYY-MM') as period, r.lines,
					       r.exceptions, u.email, u.language
					  from sellout_reports r join users u on lower(u.login) = lower(r.received_by)
					 where r.processed_at > now() - interval '1 day' and r.source <> 'EMAIL'
					   and (r.status = ? or (r.exceptions > 0 and r.status = any(?)))
					   and u.active and u.email is not null and u.email <> ''
					   and not exists (select 1 from report_notifications n where n.report_id = r.id)
					 order by r.id limit 200""")
				.params(ReportStatus.REJECTED.name(), ReportStatus.names(ReportStatus.ACCEPTED_WITH_EXCEPTIONS, ReportStatus.MERGED))
				.query(Finished.class).list();
			int told = 0;
			for (Finished report : reports) {
				// claimed first, so that a report is told about once even if two runs met; report rows are
				// never locked here (the pipeline locks them to process them)
				if (jdbc.sql("insert into report_notifications (report_id, distributor_id) values (?, ?) on conflict do nothing")
					.params(report.id(), report.distributorId()).update() == 0) {
					continue;
				}
				told++;
				Locale language = Locale.forLanguageTag(report.language() == null ? "ru" : report.language());
				String status = messages.getMessage("sellout.status." + report.status(), null, language);
				String name = report.fileName() == null ? "#" + report.id() : report.fileName();
				String body = messages.getMessage("mail.notification.body", new Object[] { name, status,
						report.period() == null ? "—" : report.period(), report.lines(), report.exceptions(),
						mail.link("/sellout/reports/" + report.id()) }, language);
				outbox.queue(new OutgoingMail(MailKind.NOTIFICATION, report.distributorId(), report.email(),
						messages.getMessage("mail.notification.subject", new Object[] { name, status }, language), body, null));
			}
			return told;
		});
	}

}
