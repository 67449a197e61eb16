package com.sellout.portal.ingest;

import java.util.List;

/**
 * A reply to a conversation mail, as read from the intake mailbox.
 *
 * @param messageKey the message's key (its Message-ID, or a digest): a reply read twice
 * is taken once
 * @param from the sender's address, lower case
 * @param text the reply's own text: the plain-text part (or the HTML part as text),
 * without the quoted mail it answers
 * @param files the attachments, as sent
 */
public record ReplyMail(String messageKey, String from, String subject, String text, List<File> files) {

	/**
	 * The first line of every conversation mail: a reply's text ends where the quoted
	 * mail begins.
	 */
	public static final String QUOTE_MARKER = "——— Ответьте выше этой строки / Reply above this line ———";

	/** An attachment of the reply. */
	public record File(String name, String contentType, byte[] content) {
	}

}
