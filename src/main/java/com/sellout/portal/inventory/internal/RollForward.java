package com.sellout.portal.inventory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.sellout.portal.inventory.Band;
import com.sellout.portal.inventory.StockThresholds;
import com.sellout.portal.inventory.internal.DistributorActivity.Closing;
import com.sellout.portal.inventory.internal.InventoryRow.OpeningSource;

/**
 * The channel inventory of one distributor, rolled forward month by month from its first
 * month with any figure to its last: each month opens with the previous month's reported
 * closing, else its calculated one, and is unknown until the distributor's first closing
 * stock report. Pure: what the database added up goes in, the rows come out.
 *
 * <p>
 * Decisions the issue left open: a product a month's closing stock report does not list
 * is held at 0 (a stock report lists what is held); a month has a row for a product when
 * it has sell-in, sell-out, a line in the month's closing report or a non-zero opening; a
 * product never sold counts its stale days from when it first reached the distributor (a
 * shipment's arrival, or the first stock report that shows it); stock is stale when its
 * days since the last sale reach the threshold (90 days is stale); returns (negative
 * lines) are no sale for the last sale, and a window whose sales add up to 0 or less has
 * no cover (its stock, if any, is excess).
 */
final class RollForward {

	private static final BigDecimal WEEKS_IN_WINDOW = BigDecimal.valueOf(4);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RollForward() {
	}

	/** The rows of the months from {@code from} on (all months when null). */
	static List<InventoryRow> rows(DistributorActivity activity, StockThresholds thresholds, YearMonth from) {
		List<InventoryRow> rows = new ArrayList<>();
		YearMonth first = activity.firstMonth();
		YearMonth last = activity.lastMonth();
		if (first == null) {
			return rows;
		}
		boolean known = false;
		Closing previousClosing = null;
		Map<String, BigDecimal> previousCalculated = new HashMap<>();
		Map<String, LocalDate> lastSale = new HashMap<>();
		Map<String, LocalDate> firstArrival = new HashMap<>();
		// sales dated before the first month (a report's lines out of its period) still
		// count
		activity.lastSales.headMap(first)
			.values()
			.forEach(dates -> dates.forEach((sku, date) -> lastSale.merge(sku, date, DistributorActivity::later)));
		activity.arrivals.headMap(first)
			.values()
			.forEach(
					dates -> dates.forEach((sku, date) -> firstArrival.merge(sku, date, DistributorActivity::earlier)));
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			Map<String, BigDecimal> sellIn = activity.sellIn.getOrDefault(month, Map.of());
			Map<String, BigDecimal> sellOut = activity.sellOut.getOrDefault(month, Map.of());
			Map<String, BigDecimal> window = activity.windowSales.getOrDefault(month, Map.of());
			Closing closing = activity.closings.get(month);
			activity.lastSales.getOrDefault(month, Map.of())
				.forEach((sku, date) -> lastSale.merge(sku, date, DistributorActivity::later));
			activity.arrivals.getOrDefault(month, Map.of())
				.forEach((sku, date) -> firstArrival.merge(sku, date, DistributorActivity::earlier));

			Map<String, BigDecimal> openings = known
					? (previousClosing != null ? previousClosing.quantities() : previousCalculated) : Map.of();
			OpeningSource source = !known ? OpeningSource.NONE
					: previousClosing != null ? OpeningSource.REPORTED : OpeningSource.CALCULATED;
			Set<String> skus = new TreeSet<>();
			skus.addAll(sellIn.keySet());
			skus.addAll(sellOut.keySet());
			if (closing != null) {
				skus.addAll(closing.quantities().keySet());
			}
			openings.forEach((sku, quantity) -> {
				if (quantity.signum() != 0) {
					skus.add(sku);
				}
			});

			Map<String, BigDecimal> calculated = new HashMap<>();
			LocalDate end = month.atEndOfMonth();
			for (String sku : skus) {
				BigDecimal opening = known ? openings.getOrDefault(sku, BigDecimal.ZERO) : null;
				BigDecimal in = sellIn.getOrDefault(sku, BigDecimal.ZERO);
				BigDecimal out = sellOut.getOrDefault(sku, BigDecimal.ZERO);
				BigDecimal calculatedClosing = opening == null ? null : opening.add(in).subtract(out);
				if (calculatedClosing != null) {
					calculated.put(sku, calculatedClosing);
				}
				BigDecimal reported = closing == null ? null : closing.quantities().getOrDefault(sku, BigDecimal.ZERO);
				BigDecimal gap = reported == null || calculatedClosing == null ? null
						: reported.subtract(calculatedClosing);
				BigDecimal price = activity.listPrices.get(sku);
				BigDecimal gapValue = gap == null || price == null ? null
						: gap.multiply(price).setScale(2, RoundingMode.HALF_UP);
				BigDecimal gapPercent = gap == null || calculatedClosing.signum() == 0 ? null
						: gap.multiply(HUNDRED).divide(calculatedClosing.abs(), 2, RoundingMode.HALF_UP);
				BigDecimal stock = reported != null ? reported : calculatedClosing;
				// a quarter always has a finite decimal: the band compares exact figures
				BigDecimal weekly = window.getOrDefault(sku, BigDecimal.ZERO).divide(WEEKS_IN_WINDOW);
				BigDecimal weeks = stock == null || weekly.signum() <= 0 ? null
						: stock.divide(weekly, 2, RoundingMode.HALF_UP);
				Band band = Band.of(stock, weekly, thresholds);
				LocalDate sale = lastSale.get(sku);
				LocalDate since = sale != null ? sale : firstArrival.get(sku);
				Integer staleDays = since == null ? null : (int) ChronoUnit.DAYS.between(since, end);
				boolean stale = stock != null && stock.signum() > 0 && staleDays != null
						&& staleDays >= thresholds.staleDays();
				if (from == null || !month.isBefore(from)) {
					rows.add(new InventoryRow(sku, month, opening, source, in, out, calculatedClosing, reported,
							closing == null ? null : closing.reportId(), gap, gapValue, gapPercent,
							weekly.setScale(3, RoundingMode.HALF_UP), weeks, band, sale, staleDays, stale));
				}
			}
			if (closing != null) {
				known = true;
			}
			previousClosing = closing;
			previousCalculated = calculated;
		}
		return rows;
	}

}
