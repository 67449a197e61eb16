package com.sellout.portal.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A registered project, as the caller may see it (a distributor its own only).
 */
public record Project(long id, long distributorId, String distributorCode, String distributorName, String clientInn,
		@Nullable String clientName, @Nullable Long clientId, String object, String address, String regionCode,
		@Nullable LocalDate tenderDate, @Nullable LocalDate deliveryDate, @Nullable BigDecimal amount,
		@Nullable String competitors, @Nullable String comment, ProjectStatus status, @Nullable String decisionComment,
		@Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable LocalDate approvedOn,
		@Nullable LocalDate protectedUntil, String createdByName, OffsetDateTime createdAt,
		@Nullable OffsetDateTime submittedAt, List<Line> lines, List<Attachment> attachments) {

	public record Line(int lineNo, String sku, @Nullable String productName, BigDecimal quantity) {
	}

	public record Attachment(long id, String fileName, long size, String addedBy, OffsetDateTime addedAt) {
	}

	public boolean draft() {
		return status == ProjectStatus.NEW;
	}

}
