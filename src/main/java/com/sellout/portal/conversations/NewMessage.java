package com.sellout.portal.conversations;

import java.util.List;

/**
 * A message to post.
 *
 * @param internal an internal note (the manufacturer's people only)
 */
public record NewMessage(String text, boolean internal, List<NewAttachment> attachments, Via via) {

	public NewMessage {
		attachments = List.copyOf(attachments);
	}

	/** A file attached to a message, as uploaded. */
	public record NewAttachment(String fileName, byte[] content) {
	}

}
