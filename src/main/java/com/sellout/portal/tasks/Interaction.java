package com.sellout.portal.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An interaction with a client or a distributor. {@code internal}: the manufacturer's
 * about the distributor, which that distributor's scope never reads.
 */
public record Interaction(long id, long distributorId, boolean internal, @Nullable Long clientId,
		@Nullable String clientLabel, InteractionKind kind, InteractionState state, LocalDate date,
		@Nullable LocalTime time, @Nullable String participants, String subject, @Nullable String result,
		@Nullable String nextStep, long createdBy, String createdByName, OffsetDateTime createdAt) {
}
