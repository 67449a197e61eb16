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
 * @param files every part with a file name, as sent, the largest left out (see
 * {@code MAX_FILE_SIZE} of the intake's reply reading)
 */
public record ReplyMail(String messageKey, String from, String subject, String text, List<File> files) {

	/**
	 * The line the portal's conversation mail puts above its own text. A reply quotes it,
	 * and the reply's own text is what stands above the line that quotes it: the intake
	 * cuts the text there.
	 */
	public static final String QUOTE_MARKER = "——— Ответьте выше этой строки / Reply above this line ———";

	/** An attachment of the reply. */
	public record File(String name, String contentType, byte[] content) {
	}

}
