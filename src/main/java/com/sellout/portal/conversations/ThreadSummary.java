package com.sellout.portal.conversations;

import java.time.OffsetDateTime;

/**
 * A thread as a list shows it.
 *
 * @param unread how many messages of others the caller has not read
 */
public record ThreadSummary(long id, long distributorId, String distributorCode, String distributorName, String subject,
		ConversationState state, About about, boolean correction, OffsetDateTime createdAt,
		OffsetDateTime lastMessageAt, int messages, int unread) {
}
