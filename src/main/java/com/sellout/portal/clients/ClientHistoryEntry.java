package com.sellout.portal.clients;

import java.time.OffsetDateTime;

/** One change of a client: who, when, what, from which status to which, and why. */
public record ClientHistoryEntry(long id, OffsetDateTime occurredAt, String actor, String action, String fromStatus,
		String toStatus, String reason, Long distributorId) {
}
