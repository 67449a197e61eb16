package com.sellout.portal.distributors;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A distributor of the manufacturer, as the rest of the portal sees it. */
public record Distributor(long id, String code, String name, String inn, String kpp, String regions,
		LocalDate contractStart, LocalDate contractEnd, ReportingFrequency reportingFrequency, String email,
		String phone, boolean active, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
