package com.sellout.portal.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One version of a commercial proposal, as made: its number
 * ({@code КП-<distributor code>-<year>-<n>}) and version, the client, the lines and sums,
 * the total in words, the validity, and the requisites of the manufacturer and of the
 * supplying distributor as they were when the version was made. {@code versions} lists
 * every version of the number, oldest first.
 */
public record Quote(long id, String number, int version, long distributorId, @Nullable Long projectId, String clientInn,
		String clientName, LocalDate validUntil, BigDecimal totalNet, BigDecimal vat, BigDecimal total,
		String totalInWords, OffsetDateTime createdAt, String createdBy, List<QuoteLine> lines, Requisites manufacturer,
		Requisites supplier, @Nullable Long logoId, List<QuoteVersion> versions) {

	/** Another version of the same number. */
	public record QuoteVersion(long id, int version, OffsetDateTime createdAt, BigDecimal total) {
	}

	public boolean latest() {
		return versions.isEmpty() || versions.get(versions.size() - 1).id() == id;
	}

}
