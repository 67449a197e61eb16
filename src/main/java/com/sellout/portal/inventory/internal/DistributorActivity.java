package com.sellout.portal.inventory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one distributor's channel inventory is computed from, added up per product
 * and month by the database: what was shipped to it (in the month it arrives), what it
 * sold (by report month, and by sale date for the cover and the last sale), what its
 * stock reports show, and the list prices. Filled by {@link ActivityQueries}, read by
 * {@link RollForward}.
 */
final class DistributorActivity {

	/**
	 * A month's closing stock report: the one with the latest as-of date of its last 3
	 * days.
	 */
	record Closing(long reportId, LocalDate asOf, Map<String, BigDecimal> quantities) {
	}

	final TreeMap<YearMonth, Map<String, BigDecimal>> sellIn = new TreeMap<>();

	final TreeMap<YearMonth, Map<String, BigDecimal>> sellOut = new TreeMap<>();

	/** Sales dated in the 28 days ending on the month's last day, by that month. */
	final Map<YearMonth, Map<String, BigDecimal>> windowSales = new TreeMap<>();

	/** The last positive sale's date within each month. */
	final TreeMap<YearMonth, Map<String, LocalDate>> lastSales = new TreeMap<>();

	/**
	 * When a product first reached the distributor within each month: a shipment's
	 * arrival or a stock report showing it.
	 */
	final TreeMap<YearMonth, Map<String, LocalDate>> arrivals = new TreeMap<>();

	final TreeMap<YearMonth, Closing> closings = new TreeMap<>();

	final Map<String, BigDecimal> listPrices = new HashMap<>();

	void addSellIn(String sku, YearMonth month, BigDecimal quantity, LocalDate arrival) {
		sellIn.computeIfAbsent(month, m -> new HashMap<>()).merge(sku, quantity, BigDecimal::add);
		arrived(sku, month, arrival);
	}

	void addSellOut(String sku, YearMonth period, BigDecimal quantity) {
		sellOut.computeIfAbsent(period, m -> new HashMap<>()).merge(sku, quantity, BigDecimal::add);
	}

	void addSales(String sku, YearMonth saleMonth, BigDecimal inWindow, LocalDate lastSale) {
		if (inWindow != null) {
			windowSales.computeIfAbsent(saleMonth, m -> new HashMap<>()).merge(sku, inWindow, BigDecimal::add);
		}
		if (lastSale != null) {
			lastSales.computeIfAbsent(saleMonth, m -> new HashMap<>()).merge(sku, lastSale, DistributorActivity::later);
		}
	}

	/**
	 * A stock report's line: a closing if its as-of date is in its month's last 3 days
	 * and no later report of that month is; an arrival if it shows stock.
	 */
	void addStock(long reportId, LocalDate asOf, String sku, BigDecimal quantity) {
		YearMonth month = YearMonth.from(asOf);
		if (!asOf.isBefore(month.atEndOfMonth().minusDays(2))) {
			Closing closing = closings.get(month);
			if (closing == null || closing.asOf().isBefore(asOf)) {
				closing = new Closing(reportId, asOf, new HashMap<>());
				closings.put(month, closing);
			}
			if (closing.reportId() == reportId) {
				closing.quantities().merge(sku, quantity, BigDecimal::add);
			}
		}
		if (quantity.signum() > 0) {
			arrived(sku, month, asOf);
		}
	}

	private void arrived(String sku, YearMonth month, LocalDate date) {
		arrivals.computeIfAbsent(month, m -> new HashMap<>()).merge(sku, date, DistributorActivity::earlier);
	}

	static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** The first month any figure of the distributor falls in; null with none. */
	YearMonth firstMonth() {
		YearMonth first = null;
		for (TreeMap<YearMonth, ?> figures : List.of(sellIn, sellOut, closings)) {
			if (!figures.isEmpty()) {
				YearMonth month = figures.firstKey();
				first = first == null || month.isBefore(first) ? month : first;
			}
		}
		return first;
	}

	/** The last month any figure of the distributor falls in; null with none. */
	YearMonth lastMonth() {
		YearMonth last = null;
		for (TreeMap<YearMonth, ?> figures : List.of(sellIn, sellOut, closings)) {
			if (!figures.isEmpty()) {
				YearMonth month = figures.lastKey();
				last = last == null || month.isAfter(last) ? month : last;
			}
		}
		return last;
	}

}
