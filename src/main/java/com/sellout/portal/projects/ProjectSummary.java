package com.sellout.portal.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A project in a list. {@code conflicts} is counted for the manufacturer only; for a
 * distributor it is always 0 (nothing of another distributor's project is ever counted in
 * its scope).
 */
public record ProjectSummary(long id, String distributorCode, String distributorName, String clientInn,
		@Nullable String clientName, String object, String regionCode, @Nullable BigDecimal amount,
		ProjectStatus status, @Nullable LocalDate protectedUntil, @Nullable LocalDate deliveryDate,
		OffsetDateTime createdAt, int conflicts) {
}
