package com.sellout.portal.conversations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ReplyMail;
import com.sellout.portal.ingest.ReplyMailbox;
import com.sellout.portal.shared.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Replies by e-mail to a follower's reply address, as the mail intake hands them over:
 * the address lives while its follower follows the thread and is active (a deactivated
 * person's addresses stop working). A reply's files become the thread's attachments; a
 * file the attachment rules refuse is left out, and the message says so.
 */
@Component
class ReplyIntake implements ReplyMailbox {

	private final Followers followers;

	private final UserAccounts users;

	private final Conversations conversations;

	private final ScopedTransactions transactions;

	private final MessageSource messages;

	ReplyIntake(Followers followers, UserAccounts users, Conversations conversations, ScopedTransactions transactions,
			MessageSource messages) {
		this.followers = followers;
		this.users = users;
		this.conversations = conversations;
		this.transactions = transactions;
		this.messages = messages;
	}

	@Override
	public Optional<String> senderOf(String token) {
		return follower(token).map(found -> found.user().email().strip().toLowerCase(Locale.ROOT));
	}

	private record Found(Followers.ReplyAddress address, UserAccount user) {
	}

	private Optional<Found> follower(String token) {
		return followers.byToken(token)
			.flatMap(address -> transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> users.find(address.userId()))
				.filter(user -> user.active() && user.email() != null && !user.email().isBlank())
				.map(user -> new Found(address, user)));
	}

	@Override
	public boolean take(String token, ReplyMail reply) {
		Optional<Found> live = follower(token);
		if (live.isEmpty()) {
			// the follower left or was deactivated since the intake asked: nothing to add
			// to
			return false;
		}
		Found found = live.get();
		Locale language = Locale.forLanguageTag(found.user().language() == null ? "ru" : found.user().language());
		StringBuilder text = new StringBuilder(reply.text());
		List<NewMessage.NewAttachment> files = new ArrayList<>();
		for (ReplyMail.File file : reply.files()) {
			String name = AttachmentRules.cleanName(file.name());
			try {
				AttachmentRules.check(name, file.content().length);
				files.add(new NewMessage.NewAttachment(name, file.content()));
			}
			catch (RefusedException refused) {
				text.append(text.isEmpty() ? "" : "\n\n")
					.append(messages.getMessage(refused.messageKey(), refused.arguments(), language));
			}
		}
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> conversations.reply(found.address().threadId(),
				found.address().distributorId(), found.user(), text.toString(), files, reply.messageKey()));
	}

}
