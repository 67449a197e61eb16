package com.sellout.portal.conversations;

import java.time.OffsetDateTime;
import java.util.List;

/** One message of a thread, with its attachments. */
public record ThreadMessage(long id, long authorId, String authorName, Side side, String text, boolean internal,
		Via via, OffsetDateTime createdAt, List<Attachment> attachments) {

	/** An attachment as a page lists it; its bytes are downloaded apart. */
	public record Attachment(long id, String fileName, long size) {
	}

}
