package com.sellout.portal.messaging;

import java.time.OffsetDateTime;
import java.util.List;

import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail waiting to be sent. A mail is queued in the same transaction as the change that
 * caused it (so a rolled-back change sends nothing) and sent by a job, which retries a
 * failing server.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A queued or sent mail as the log shows it (without the text of mail with a secret
	 * link).
	 */
	public record QueuedMail(long id, MailKind kind, String recipient, String subject, OffsetDateTime createdAt,
			OffsetDateTime sentAt, int attempts, String lastError) {
	}

	@Transactional
	public long queue(OutgoingMail mail) {
		return jdbc.sql("""
				insert into outgoing_mails (distributor_id, kind, recipient, subject, body, in_reply_to, reply_to)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(mail.distributorId(), mail.kind().name(), mail.recipient(), truncate(mail.subject(), 500),
					mail.body(), mail.inReplyTo(), mail.replyTo())
			.query(Long.class)
			.single();
	}

	/** Where a mail stands. */
	public enum State {

		/** Sent to the SMTP server. */
		SENT,
		/** Not sent yet (maybe after failed attempts), still being tried. */
		WAITING,
		/** Given up after {@link #MAX_ATTEMPTS} failed attempts. */
		FAILED

	}

	/** A mail is tried this many times at most. */
	public static final int MAX_ATTEMPTS = 10;

	/** The mail in the caller's scope, newest first, optionally in one state. */
	@Transactional(readOnly = true)
	public PageSlice<QueuedMail> find(State state, int page, int size) {
		String where = state == null ? "" : switch (state) {
			case SENT -> " where sent_at is not null";
			case WAITING -> " where sent_at is null and attempts < " + MAX_ATTEMPTS;
			case FAILED -> " where sent_at is null and attempts >= " + MAX_ATTEMPTS;
		};
		long total = jdbc.sql("select count(*) from outgoing_mails" + where).query(Long.class).single();
		List<QueuedMail> items = jdbc
			.sql("select id, kind, recipient, subject, created_at, sent_at, attempts, last_error"
					+ " from outgoing_mails" + where + " order by id desc limit ? offset ?")
			.params(size, (long) page * size)
			.query(QueuedMail.class)
			.list();
		return new PageSlice<>(items, page, size, total);
	}

	static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
