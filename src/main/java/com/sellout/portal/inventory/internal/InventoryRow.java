package com.sellout.portal.inventory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.sellout.portal.inventory.Band;
import org.jspecify.annotations.Nullable;

/** One row of {@code channel_inventory}: a distributor's product in one month. */
record InventoryRow(String sku, YearMonth period, @Nullable BigDecimal opening, OpeningSource openingSource,
		BigDecimal sellIn, BigDecimal sellOut, @Nullable BigDecimal calculatedClosing,
		@Nullable BigDecimal reportedClosing, @Nullable Long stockReportId, @Nullable BigDecimal gap,
		@Nullable BigDecimal gapValue, @Nullable BigDecimal gapPercent, BigDecimal weeklySellOut,
		@Nullable BigDecimal weeksOfSupply, @Nullable Band band, @Nullable LocalDate lastSale,
		@Nullable Integer staleDays, boolean stale) {

	/** Where a month's opening comes from. */
	enum OpeningSource {

		/** The previous month's reported closing. */
		REPORTED,
		/** The previous month's calculated closing (it had no closing stock report). */
		CALCULATED,
		/** No stock report of the distributor's before: unknown. */
		NONE

	}

}
