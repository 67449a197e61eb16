package com.sellout.portal.ingest.internal;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.messaging.OutgoingMail;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReportAccepted;
import com.sellout.portal.sellout.SellOutReportEvent;
import com.sellout.portal.sellout.SellOutReportMerged;
import com.sellout.portal.sellout.SellOutReportRejected;
import com.sellout.portal.sellout.SellOutReports;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the person (or system account) who sent a report, by e-mail, when it was rejected
 * or accepted with exceptions — once per report, in their language. It listens to the
 * report's outcome (after its transaction commits; an event may come more than once, and
 * the report is claimed in {@code report_notifications} first, so it is told once), and
 * takes the report from the sell-out module and the person from the identity module.
 * E-mail deliveries are told by their reply instead; an outcome delivered more than a day
 * after the report was processed is not announced late.
 */
@Component
class ReportNotifications {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final Outbox outbox;

	private final MessageSource messages;

	private final MailSettings mail;

	private final SellOutReports reports;

	private final UserAccounts users;

	ReportNotifications(JdbcClient jdbc, ScopedTransactions transactions, Outbox outbox, MessageSource messages,
			MailSettings mail, SellOutReports reports, UserAccounts users) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
		this.reports = reports;
		this.users = users;
	}

	@Async
	@TransactionalEventListener
	void on(SellOutReportAccepted accepted) {
		tell(accepted);
	}

	@Async
	@TransactionalEventListener
	void on(SellOutReportRejected rejected) {
		tell(rejected);
	}

	@Async
	@TransactionalEventListener
	void on(SellOutReportMerged merged) {
		tell(merged);
	}

	/**
	 * Queues the mail the report's outcome calls for, unless it was queued before;
	 * answers whether it did now.
	 */
	boolean tell(SellOutReportEvent event) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			SellOutReport report = reports.find(event.reportId())
				.filter(ReportNotifications::worthTelling)
				.orElse(null);
			Optional<UserAccount> sender = report == null || report.receivedBy() == null ? Optional.empty()
					: users.findByLogin(report.receivedBy())
						.filter(user -> user.active() && user.email() != null && !user.email().isBlank());
			if (sender.isEmpty()) {
				return false;
			}
			// claimed first, so that a report is told about once however often its
			// outcome is delivered
			if (jdbc.sql(
					"insert into report_notifications (report_id, distributor_id) values (?, ?) on conflict do nothing")
				.params(report.id(), report.distributorId())
				.update() == 0) {
				return false;
			}
			UserAccount user = sender.get();
			Locale language = Locale.forLanguageTag(user.language() == null ? "ru" : user.language());
			String status = messages.getMessage("sellout.status." + report.status(), null, language);
			String name = report.fileName() == null ? "#" + report.id() : report.fileName();
			String body = messages.getMessage("mail.notification.body",
					new Object[] { name, status, report.period() == null ? "—" : report.period(), report.lines(),
							report.exceptions(), mail.link("/sellout/reports/" + report.id()) },
					language);
			outbox.queue(new OutgoingMail(MailKind.NOTIFICATION, report.distributorId(), user.email(),
					messages.getMessage("mail.notification.subject", new Object[] { name, status }, language), body,
					null));
			return true;
		});
	}

	/**
	 * Rejected, or with exceptions and counting (or merged), recently, and not sent by
	 * e-mail (its reply tells).
	 */
	private static boolean worthTelling(SellOutReport report) {
		boolean outcome = report.status() == ReportStatus.REJECTED
				|| (report.exceptions() > 0 && (report.status() == ReportStatus.ACCEPTED_WITH_EXCEPTIONS
						|| report.status() == ReportStatus.MERGED));
		return outcome && report.source() != Channel.EMAIL && report.processedAt() != null
				&& report.processedAt().isAfter(OffsetDateTime.now().minusDays(1));
	}

}
