package com.sellout.portal.messaging;

/**
 * A mail to send.
 *
 * @param distributorId whose mail it is (the distributor's people see it in their logs),
 * or null
 * @param inReplyTo the Message-ID this mail answers, or null
 */
public record OutgoingMail(MailKind kind, Long distributorId, String recipient, String subject, String body,
		String inReplyTo) {
}
