package com.sellout.portal.inventory.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.inventory.Band;
import com.sellout.portal.inventory.InventoryFilter;
import com.sellout.portal.inventory.InventoryQueries;
import com.sellout.portal.inventory.InventoryRow;
import com.sellout.portal.inventory.InventoryTotals;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The channel inventory over the API, for the manufacturer's planning systems and the
 * distributors' own: a month's rows (one distributor's, or every distributor's per
 * distributor and product) with the totals of them all. A distributor's account reads its
 * own only; another distributor's code is "not found".
 */
@RestController
@RequestMapping("/api/v1/channel-inventory")
@Tag(name = "Channel inventory")
class ChannelInventoryApi {

	/** More rows than any catalogue has for all distributors in one month. */
	private static final int ROW_LIMIT = 200_000;

	private final InventoryQueries inventory;

	private final InventoryScope scope;

	ChannelInventoryApi(InventoryQueries inventory, InventoryScope scope) {
		this.inventory = inventory;
		this.scope = scope;
	}

	/**
	 * One row as the API shows it; {@code distributor} (its code) tells the rows of
	 * several distributors apart.
	 */
	record RowView(String distributor, String sku, String name, BigDecimal opening, String openingSource,
			BigDecimal sellIn, BigDecimal sellOut, BigDecimal calculatedClosing, BigDecimal reportedClosing,
			BigDecimal gap, BigDecimal gapValue, BigDecimal gapPercent, BigDecimal weeksOfSupply, String band,
			boolean staleStock, Integer staleDays) {

		static RowView of(InventoryRow r) {
			return new RowView(r.distributor(), r.sku(), r.name(), r.opening(), r.openingSource().name(), r.sellIn(),
					r.sellOut(), r.calculatedClosing(), r.reportedClosing(), r.gap(), r.gapValue(), r.gapPercent(),
					r.weeksOfSupply(), r.band() == null ? null : r.band().name(), r.stale(), r.staleDays());
		}

	}

	/** The sums of every row selected, the rows in each band and the stale ones. */
	record TotalsView(long rows, BigDecimal opening, BigDecimal sellIn, BigDecimal sellOut,
			BigDecimal calculatedClosing, BigDecimal reportedClosing, BigDecimal gap, BigDecimal gapValue,
			Map<String, Long> bands, long staleStock) {

		static TotalsView of(InventoryTotals t) {
			Map<String, Long> bands = new LinkedHashMap<>();
			for (Band band : Band.values()) {
				bands.put(band.name(), t.inBand(band));
			}
			return new TotalsView(t.rows(), t.opening(), t.sellIn(), t.sellOut(), t.calculatedClosing(),
					t.reportedClosing(), t.gap(), t.gapValue(), bands, t.stale());
		}

	}

	record Answer(List<RowView> rows, TotalsView totals) {
	}

	@GetMapping
	@Operation(summary = "The channel inventory of a month (period=YYYY-MM): a distributor's (by code; its own for a "
			+ "distributor's account) or, for the manufacturer without one, every distributor's; optional sku and "
			+ "group (a product group's id, its sub-groups included)")
	Answer get(@RequestParam(required = false) String distributor, @RequestParam(required = false) String period,
			@RequestParam(required = false) String sku, @RequestParam(required = false) String group,
			@AuthenticationPrincipal CurrentUser me) {
		if (period == null || period.isBlank()) {
			throw new RefusedException("inventory.api.periodRequired");
		}
		InventoryFilter filter = new InventoryFilter(InventoryScope.month(period), scope.byCode(me, distributor),
				groupId(group), sku, null, null, false);
		List<RowView> rows = inventory.all(filter, null, false, ROW_LIMIT).stream().map(RowView::of).toList();
		return new Answer(rows, TotalsView.of(inventory.totals(filter)));
	}

	private static Long groupId(String group) {
		if (group == null || group.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(group.strip());
		}
		catch (NumberFormatException ex) {
			throw new RefusedException("inventory.api.badGroup", group);
		}
	}

}
