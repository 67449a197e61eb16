package com.sellout.portal.inventory.web;

import java.time.YearMonth;
import java.util.Locale;

import com.sellout.portal.inventory.Band;
import com.sellout.portal.inventory.InventoryFilter;
import com.sellout.portal.shared.ListQuery;

/**
 * The inventory page's parameters as its address carries them — the same for the page and
 * its exports: distributor (the manufacturer's choice, by id), month, product group, a
 * text searched in the SKU and the name, band, stale stock only, sort, page and page
 * size.
 */
public record InventoryParams(Long distributor, String period, Long group, String q, String band, Boolean stale,
		String sort, Boolean desc, Integer page, Integer size) {

	static final int PAGE_SIZE = 50;

	/**
	 * Every band, not only stale stock, the first page, unless the address says
	 * otherwise.
	 */
	public InventoryParams {
		stale = stale != null && stale;
		desc = desc != null && desc;
		page = page == null ? 0 : Math.max(0, page);
	}

	/**
	 * The rows of this month of this distributor (none: all) that the address selects.
	 */
	InventoryFilter filter(Long distributorId, YearMonth month) {
		return new InventoryFilter(month, distributorId, group, null, q, chosenBand(), stale);
	}

	ListQuery query() {
		return new ListQuery(null, sort, desc, page, ListQuery.sizeOr(size, PAGE_SIZE));
	}

	/**
	 * A band the page offers; an unknown one (a hand-made address) selects every band.
	 */
	public Band chosenBand() {
		if (band == null || band.isBlank()) {
			return null;
		}
		try {
			return Band.valueOf(band.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
