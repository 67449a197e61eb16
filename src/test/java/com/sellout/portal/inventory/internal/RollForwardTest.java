package com.sellout.portal.inventory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.inventory.StockThresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-forward's rules on figures made by hand: unknown until the first closing stock
 * report, then opening from the reported closing or else the calculated one, a product a
 * closing report does not list held at 0, only the latest report of a month's last 3 days
 * closing it, and the cover and staleness at their thresholds.
 */
class RollForwardTest {

	private static final YearMonth DEC = YearMonth.of(2040, 12);

	private static final YearMonth JAN = YearMonth.of(2041, 1);

	private static final YearMonth FEB = YearMonth.of(2041, 2);

	private static final YearMonth MAR = YearMonth.of(2041, 3);

	@Test
	void opensFromTheReportedClosingElseTheCalculatedOneAndIsUnknownBeforeTheFirstReport() {
		DistributorActivity activity = new DistributorActivity();
		activity.addSellIn("A", DEC, n(5), LocalDate.of(2040, 12, 10));
		activity.addSellIn("A", JAN, n(100), LocalDate.of(2041, 1, 10));
		activity.addSellOut("A", JAN, n(30));
		activity.addStock(1, LocalDate.of(2041, 1, 30), "A", n(60));
		activity.addSellIn("A", FEB, n(50), LocalDate.of(2041, 2, 3));
		activity.addSellIn("B", FEB, n(10), LocalDate.of(2041, 2, 3));
		activity.addSellOut("A", FEB, n(40));
		activity.addSellOut("A", MAR, n(20));
		activity.addStock(2, LocalDate.of(2041, 3, 15), "A", n(999)); // mid-month: no
																		// closing
		activity.addStock(3, LocalDate.of(2041, 3, 28), "A", n(888)); // 4 days before the
																		// end
		activity.addStock(4, LocalDate.of(2041, 3, 29), "A", n(777)); // superseded by the
																		// 30th's
		activity.addStock(5, LocalDate.of(2041, 3, 30), "A", n(45));
		activity.addStock(5, LocalDate.of(2041, 3, 30), "C", n(7));
		activity.listPrices.put("A", new BigDecimal("12.50"));

		List<InventoryRow> rows = RollForward.rows(activity, StockThresholds.DEFAULTS, null);

		assertThat(rows)
			.extracting(r -> r.period() + " " + r.sku() + " " + r.openingSource() + " " + r.opening() + " "
					+ r.calculatedClosing() + " " + r.reportedClosing() + " " + r.stockReportId() + " " + r.gap() + " "
					+ r.gapValue() + " " + r.gapPercent())
			.containsExactly("2040-12 A NONE null null null null null null null",
					"2041-01 A NONE null null 60 1 null null null",
					// no closing report in February: the opening is January's reported
					// closing, B (not in January's report) opens at 0
					"2041-02 A REPORTED 60 70 null null null null null",
					"2041-02 B REPORTED 0 10 null null null null null",
					// March opens from February's calculated closing
					"2041-03 A CALCULATED 70 50 45 5 -5 -62.50 -10.00",
					"2041-03 B CALCULATED 10 10 0 5 -10 null -100.00", "2041-03 C CALCULATED 0 0 7 5 7 null null");
	}

	@Test
	void recomputingFromAMonthGivesItsRowsOnlyButRollsForwardFromTheFirst() {
		DistributorActivity activity = new DistributorActivity();
		activity.addStock(1, LocalDate.of(2041, 1, 31), "A", n(10));
		activity.addSellIn("A", FEB, n(5), LocalDate.of(2041, 2, 1));
		activity.addSellIn("A", MAR, n(5), LocalDate.of(2041, 3, 1));

		List<InventoryRow> rows = RollForward.rows(activity, StockThresholds.DEFAULTS, MAR);

		assertThat(rows).extracting(r -> r.period() + " " + r.opening() + " " + r.calculatedClosing())
			.containsExactly("2041-03 15 20");
	}

	@Test
	void coverAndStalenessAtTheirThresholds() {
		DistributorActivity activity = new DistributorActivity();
		LocalDate end = MAR.atEndOfMonth();
		activity.addStock(1, end, "HEALTHY4", n(40));
		activity.addSales("HEALTHY4", MAR, n(40), end); // 10 a week: exactly 4 weeks
		activity.addStock(1, end, "LOW", n(39));
		activity.addSales("LOW", MAR, n(40), end);
		activity.addStock(1, end, "HEALTHY13", n(130));
		activity.addSales("HEALTHY13", MAR, n(40), end);
		activity.addStock(1, end, "EXCESS", n(131));
		activity.addSales("EXCESS", MAR, n(40), end);
		activity.addStock(1, end, "OUT", n(0));
		activity.addSellOut("OUT", MAR, n(3));
		activity.addSales("OUT", MAR, n(3), end);
		// last sold exactly 90 days before the month's end: stale; 89 days: not yet
		activity.addStock(1, end, "STALE90", n(5));
		activity.addSales("STALE90", YearMonth.from(end.minusDays(90)), null, end.minusDays(90));
		activity.addStock(1, end, "FRESH89", n(5));
		activity.addSales("FRESH89", YearMonth.from(end.minusDays(89)), null, end.minusDays(89));
		// never sold: counted from the first stock report that showed it
		activity.addStock(0, LocalDate.of(2040, 12, 31), "NEVER", n(2));
		activity.addStock(1, end, "NEVER", n(2));

		List<InventoryRow> rows = RollForward.rows(activity, StockThresholds.DEFAULTS, MAR);

		assertThat(rows)
			.extracting(r -> r.sku() + " " + r.weeklySellOut() + " " + r.weeksOfSupply() + " " + r.band() + " "
					+ r.lastSale() + " " + r.staleDays() + " " + r.stale())
			.containsExactly("EXCESS 10.000 13.10 EXCESS 2041-03-31 0 false",
					"FRESH89 0.000 null EXCESS 2041-01-01 89 false",
					"HEALTHY13 10.000 13.00 HEALTHY 2041-03-31 0 false",
					"HEALTHY4 10.000 4.00 HEALTHY 2041-03-31 0 false", "LOW 10.000 3.90 LOW 2041-03-31 0 false",
					"NEVER 0.000 null EXCESS null 90 true", "OUT 0.750 0.00 OUT_OF_STOCK 2041-03-31 0 false",
					"STALE90 0.000 null EXCESS 2040-12-31 90 true");

		StockThresholds stricter = new StockThresholds(new BigDecimal("4.5"), new BigDecimal("12"), 89);
		List<InventoryRow> again = RollForward.rows(activity, stricter, MAR);
		assertThat(again).extracting(r -> r.sku() + " " + r.band() + " " + r.stale())
			.contains("HEALTHY4 LOW false", "HEALTHY13 EXCESS false", "FRESH89 EXCESS true");
	}

	private static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

}
