package com.sellout.portal.distributors;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A distributor of the manufacturer, as the rest of the portal sees it;
 * {@code transitDays} is how long the manufacturer's shipments take to reach its stock
 * (the channel inventory counts a sell-in document in the month its date plus these days
 * falls in); {@code responsibleUserId} is the manufacturer's user (an administrator or
 * analyst) who answers for it — the reporting calendar escalates to them — or null.
 */
public record Distributor(long id, String code, String name, String inn, String kpp, String regions,
		LocalDate contractStart, LocalDate contractEnd, ReportingFrequency reportingFrequency, String email,
		String phone, boolean active, OffsetDateTime createdAt, OffsetDateTime updatedAt, int transitDays,
		@Nullable Long responsibleUserId) {
}
