package com.sellout.portal.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Another distributor's active project that conflicts with one (the manufacturer's view
 * only): the same client and normalised address, or a similar object name (trigram
 * similarity) in the same region.
 */
public record ProjectConflict(long id, String distributorCode, String distributorName, String clientInn,
		@Nullable String clientName, String object, String address, String regionCode, @Nullable BigDecimal amount,
		ProjectStatus status, @Nullable LocalDate protectedUntil, OffsetDateTime createdAt, boolean sameAddress,
		double nameSimilarity) {
}
