package com.sellout.portal.messaging.internal;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.jobs.JobSchedules;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.messaging.Outbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends queued mail: each in its own transaction, locked so that no other node sends it
 * too; a failure is counted and retried on the next run, up to
 * {@link Outbox#MAX_ATTEMPTS} times.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final JavaMailSender sender;

	private final MailServers servers;

	OutboxSender(JdbcClient jdbc, ScopedTransactions transactions, JavaMailSender sender, MailServers servers) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sender = sender;
		this.servers = servers;
	}

	@Bean
	Task<Void> mailOutboxTask() {
		return Tasks.recurring("mail-outbox", JobSchedules.every(servers.settings().sendInterval()))
			.execute((instance, context) -> sendQueued());
	}

	private record Queued(long id, String kind, String recipient, String subject, String body, String inReplyTo,
			@Nullable String replyTo) {
	}

	/** Sends what is queued; answers how many were sent. */
	int sendQueued() {
		int sent = 0;
		for (int i = 0; i < 100; i++) {
			Boolean one = transactions.callAs(DataScope.ALL_DISTRIBUTORS, this::sendNext);
			if (one == null) {
				break;
			}
			if (one) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Sends the next queued mail: true if sent, false if failed, null if none is queued.
	 */
	private Boolean sendNext() {
		List<Queued> next = jdbc.sql("""
				select id, kind, recipient, subject, body, in_reply_to, reply_to from outgoing_mails
				 where sent_at is null and attempts < ?
				 order by attempts, id limit 1 for update skip locked""")
			.param(Outbox.MAX_ATTEMPTS)
			.query(Queued.class)
			.list();
		if (next.isEmpty()) {
			return null;
		}
		Queued mail = next.get(0);
		try {
			sender.send(message(mail));
			jdbc.sql(
					"update outgoing_mails set sent_at = now(), attempts = attempts + 1, last_error = null, body = case when ? then null else body end where id = ?")
				.params(MailKind.valueOf(mail.kind()).carriesSecret(), mail.id())
				.update();
			return true;
		}
		catch (MailException | MessagingException ex) {
			log.warn("Mail {} to {} not sent: {}", mail.id(), mail.recipient(), ex.getMessage());
			jdbc.sql("update outgoing_mails set attempts = attempts + 1, last_error = ? where id = ?")
				.params(String.valueOf(ex.getMessage()), mail.id())
				.update();
			return false;
		}
	}

	private MimeMessage message(Queued mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(new InternetAddress(servers.settings().from(), true));
		helper.setTo(new InternetAddress(mail.recipient(), true));
		helper.setSubject(mail.subject());
		helper.setText(mail.body() == null ? "" : mail.body(), false);
		// the portal's mail is automatic: out-of-office responders do not answer it
		// (RFC 3834), Exchange is asked not to either
		message.setHeader("Auto-Submitted",
				MailKind.valueOf(mail.kind()) == MailKind.REPLY ? "auto-replied" : "auto-generated");
		message.setHeader("X-Auto-Response-Suppress", "All");
		if (mail.replyTo() != null) {
			helper.setReplyTo(new InternetAddress(mail.replyTo(), true));
		}
		if (mail.inReplyTo() != null) {
			message.setHeader("In-Reply-To", mail.inReplyTo());
			message.setHeader("References", mail.inReplyTo());
		}
		return message;
	}

}
