package com.sellout.portal.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One line of the audit log; {@code actorAgent} is the request's User-Agent. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String actorAddress, String action,
		String targetType, String targetId, String details, Long distributorId, @Nullable String actorAgent) {
}
