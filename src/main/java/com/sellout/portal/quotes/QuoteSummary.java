package com.sellout.portal.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of the list of proposals: the latest version of a number. */
public record QuoteSummary(long id, String number, int version, long distributorId, String clientInn, String clientName,
		BigDecimal totalNet, BigDecimal total, LocalDate validUntil, OffsetDateTime createdAt, String createdBy) {
}
