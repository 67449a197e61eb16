package com.sellout.portal.audit;

import java.time.OffsetDateTime;

/** One line of the audit log. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String actorAddress, String action,
		String targetType, String targetId, String details, Long distributorId) {
}
