package com.sellout.portal.messaging;

import org.jspecify.annotations.Nullable;

/**
 * A mail to send.
 *
 * @param distributorId whose mail it is (the distributor's people see it in their logs),
 * or null
 * @param inReplyTo the Message-ID this mail answers, or null
 * @param replyTo where an answer goes when not to the portal's sender (a conversation's
 * reply address), or null
 */
public record OutgoingMail(MailKind kind, @Nullable Long distributorId, String recipient, String subject, String body,
		@Nullable String inReplyTo, @Nullable String replyTo) {

	public OutgoingMail(MailKind kind, @Nullable Long distributorId, String recipient, String subject, String body,
			@Nullable String inReplyTo) {
		this(kind, distributorId, recipient, subject, body, inReplyTo, null);
	}

}
