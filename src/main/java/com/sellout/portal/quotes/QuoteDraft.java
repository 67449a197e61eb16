package com.sellout.portal.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a person (or a project) asks a proposal to be: the client, the lines and the
 * validity. A line's price left out is the product's list price (net of VAT), its
 * discount none, its VAT rate {@link Quotes#DEFAULT_VAT_RATE}; the validity left out is
 * {@link Quotes#DEFAULT_VALIDITY_DAYS} days from today. {@code projectId} names the
 * project it was made from, or none.
 */
public record QuoteDraft(@Nullable Long projectId, @Nullable String clientInn, @Nullable String clientName,
		List<DraftLine> lines, @Nullable LocalDate validUntil) {

	public QuoteDraft {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	/** One product of the proposal; any value may be missing (the defaults above). */
	public record DraftLine(@Nullable String sku, @Nullable BigDecimal quantity, @Nullable BigDecimal price,
			@Nullable BigDecimal discountPercent, @Nullable BigDecimal vatRate) {

		/** A product and its quantity at the list price, no discount, the default VAT. */
		public static DraftLine of(String sku, BigDecimal quantity) {
			return new DraftLine(sku, quantity, null, null, null);
		}

	}

}
