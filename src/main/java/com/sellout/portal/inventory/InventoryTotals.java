package com.sellout.portal.inventory;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The sums of every row a filter selects, not only of a page: the figures (a sum of what
 * is known — rows without a reported closing or a gap add nothing to those; null when no
 * row of the selection knows it), the rows in each band and the stale ones.
 */
public record InventoryTotals(long rows, @Nullable BigDecimal opening, BigDecimal sellIn, BigDecimal sellOut,
		@Nullable BigDecimal calculatedClosing, @Nullable BigDecimal reportedClosing, long reportedRows,
		@Nullable BigDecimal gap, @Nullable BigDecimal gapValue, long outOfStock, long low, long healthy, long excess,
		long stale) {

	/** The rows of a band, by its name. */
	public long inBand(Band band) {
		return switch (band) {
			case OUT_OF_STOCK -> outOfStock;
			case LOW -> low;
			case HEALTHY -> healthy;
			case EXCESS -> excess;
		};
	}

}
