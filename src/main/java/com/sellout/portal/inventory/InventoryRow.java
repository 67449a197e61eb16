package com.sellout.portal.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What one distributor held of one product in one month, as the roll-forward computed it:
 * the opening (and where it came from), the month's sell-in and sell-out, the closing it
 * should have and the one it reported (with the stock report behind it), the gap between
 * them in units, value and percent, the cover in weeks and its band, the last sale and
 * whether the stock is stale. Figures the calculation could not know are null.
 * {@code transitDays} is the distributor's transit time: the month's sell-in is of the
 * documents dated that many days before it.
 */
public record InventoryRow(long distributorId, String distributor, String sku, @Nullable String name, YearMonth period,
		@Nullable BigDecimal opening, OpeningSource openingSource, BigDecimal sellIn, BigDecimal sellOut,
		@Nullable BigDecimal calculatedClosing, @Nullable BigDecimal reportedClosing, @Nullable Long stockReportId,
		@Nullable BigDecimal gap, @Nullable BigDecimal gapValue, @Nullable BigDecimal gapPercent,
		@Nullable BigDecimal weeklySellOut, @Nullable BigDecimal weeksOfSupply, @Nullable Band band,
		@Nullable LocalDate lastSale, @Nullable Integer staleDays, boolean stale, int transitDays) {

	/** Where a month's opening stock came from. */
	public enum OpeningSource {

		/** The previous month's reported closing. */
		REPORTED,
		/** The previous month's calculated closing (no stock report then). */
		CALCULATED,
		/** Unknown: no stock report of the distributor before this month. */
		NONE

	}

	/**
	 * The stock at the month's end as best known: reported if a stock report says so,
	 * else calculated.
	 */
	public @Nullable BigDecimal closing() {
		return reportedClosing != null ? reportedClosing : calculatedClosing;
	}

}
