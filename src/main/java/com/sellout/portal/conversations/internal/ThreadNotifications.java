package com.sellout.portal.conversations.internal;

import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.conversations.ThreadMessagePosted;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ReplyMail;
import com.sellout.portal.messaging.MailKind;
import com.sellout.portal.messaging.MailSettings;
import com.sellout.portal.messaging.Outbox;
import com.sellout.portal.messaging.OutgoingMail;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a new message's followers, except its author, by e-mail in their language, with a
 * link to the thread and their own reply address ({@link ReplyAddresses}). An internal
 * note goes to the manufacturer's followers only, and a mail to a manufacturer's person
 * is the manufacturer's row of the outbox (a distributor's mail log never lists it). The
 * event may come more than once: the message is claimed first, so followers are told
 * once.
 */
@Component
class ThreadNotifications {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final Followers followers;

	private final UserAccounts users;

	private final Outbox outbox;

	private final MessageSource messages;

	private final MailSettings mail;

	private final ReplyAddresses addresses;

	private final ClientLimits limits;

	ThreadNotifications(JdbcClient jdbc, ScopedTransactions transactions, Followers followers, UserAccounts users,
			Outbox outbox, MessageSource messages, MailSettings mail, ReplyAddresses addresses, ClientLimits limits) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.followers = followers;
		this.users = users;
		this.outbox = outbox;
		this.messages = messages;
		this.mail = mail;
		this.addresses = addresses;
		this.limits = limits;
	}

	private record Posted(long threadId, long authorId, String authorName, String text, boolean internal,
			String subject, String distributorCode, String distributorName, String files, @Nullable String clientInn) {
	}

	@Async
	@TransactionalEventListener
	void on(ThreadMessagePosted posted) {
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> tell(posted.messageId()));
	}

	private void tell(long messageId) {
		boolean claimed = jdbc
			.sql("insert into conversation_notifications (message_id) values (?) on conflict do nothing")
			.param(messageId)
			.update() > 0;
		Optional<Posted> found = jdbc
			.sql("""
					select m.thread_id, m.author_id, m.author_name, m.text, m.internal, t.subject, d.code as distributor_code,
					       d.name as distributor_name,
					       coalesce((select string_agg(a.file_name, ', ' order by a.id) from conversation_attachments a
					                  where a.message_id = m.id), '') as files, t.client_inn
					  from conversation_messages m join conversation_threads t on t.id = m.thread_id
					  join distributor_directory d on d.id = t.distributor_id
					 where m.id = ?""")
			.param(messageId)
			.query(Posted.class)
			.optional();
		if (!claimed || found.isEmpty()) {
			return;
		}
		Posted message = found.get();
		for (Followers.Recipient recipient : followers.recipients(message.threadId())) {
			if (recipient.userId() == message.authorId()) {
				continue;
			}
			users.find(recipient.userId())
				.filter(user -> user.active() && user.email() != null && !user.email().isBlank())
				.filter(user -> !message.internal() || user.distributorId() == null)
				// a manager restricted to other clients is told nothing of this client
				.filter(user -> limits.maySee(user, message.clientInn()))
				.ifPresent(user -> outbox.queue(mailTo(user, recipient.replyToken(), message)));
		}
	}

	private OutgoingMail mailTo(UserAccount user, String replyToken, Posted message) {
		Locale language = Locale.forLanguageTag(user.language() == null ? "ru" : user.language());
		StringBuilder body = new StringBuilder(message.internal() ? "" : ReplyMail.QUOTE_MARKER + "\n\n");
		body.append(text(language, "conversations.mail.wrote", message.authorName(), message.subject(),
				message.distributorName()))
			.append("\n");
		if (message.internal()) {
			body.append(text(language, "conversations.mail.internal")).append("\n");
		}
		body.append("\n").append(message.text()).append("\n\n");
		if (!message.files().isEmpty()) {
			body.append(text(language, "conversations.mail.attachments", message.files())).append("\n\n");
		}
		body.append(text(language, "conversations.mail.open", mail.link("/conversations/" + message.threadId())))
			.append("\n")
			.append(text(language,
					message.internal() ? "conversations.mail.noReplyToNote" : "conversations.mail.howToReply"))
			.append("\n");
		// a reply by mail is a message for the distributor: an internal note is answered
		// in the portal, so its mail has no reply address
		return new OutgoingMail(MailKind.CONVERSATION, user.distributorId(), user.email(),
				text(language, "conversations.mail.subject", message.distributorCode(), message.subject()),
				body.toString(), null, message.internal() ? null : addresses.of(replyToken));
	}

	private String text(Locale language, String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, language);
	}

}
