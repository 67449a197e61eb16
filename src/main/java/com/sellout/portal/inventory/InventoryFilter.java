package com.sellout.portal.inventory;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * Which channel inventory rows a page, an export or the API asks for: one month, and
 * optionally one distributor, a product group (its sub-groups included), one product by
 * its SKU, a text found in the SKU or the product's name, a band, the stale stock only.
 * Whose rows may be seen at all is not the filter's business: row-level security keeps a
 * distributor to its own.
 */
public record InventoryFilter(YearMonth period, @Nullable Long distributorId, @Nullable Long groupId,
		@Nullable String sku, @Nullable String search, @Nullable Band band, boolean staleOnly) {

	public InventoryFilter {
		sku = sku == null || sku.isBlank() ? null : sku.strip();
		search = search == null || search.isBlank() ? null : search.strip();
	}

	/** One month of one distributor (or of all, with none), nothing else narrowed. */
	public static InventoryFilter of(YearMonth period, @Nullable Long distributorId) {
		return new InventoryFilter(period, distributorId, null, null, null, null, false);
	}

	/**
	 * The same selection without the band and staleness: what the watch lists look into
	 * (they choose their own rows by cover and staleness).
	 */
	public InventoryFilter anyBand() {
		return new InventoryFilter(period, distributorId, groupId, sku, search, null, false);
	}

	/** The same selection in another month. */
	public InventoryFilter in(YearMonth other) {
		return new InventoryFilter(other, distributorId, groupId, sku, search, band, staleOnly);
	}

}
