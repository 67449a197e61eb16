package com.sellout.portal.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * A distributor's stock, month by month, as it follows from what it sold: each month it
 * orders from the manufacturer enough whole packs to cover the month's sales and keep its
 * weeks of stock (its own and the product's), so the sell-in is the sales plus the change
 * of stock. Now and then it runs out of a product (no stock at the month's end); a
 * product whose sales stop keeps what is left in the warehouse (stale stock); a shipment
 * of the month's last days is still on its way on the stock date. What it reports is its
 * stock split over two warehouses, counted exactly or nearly (one distributor reports
 * less every month: its gap keeps growing). Writes the COPY rows of {@code sell_in_lines}
 * and {@code stock_lines}.
 */
final class ChannelStock {

	static final String SELL_IN_COLUMNS = "distributor_id, document_no, document_date, line_no, product_id, quantity, amount";

	static final String STOCK_COLUMNS = """
			report_id, line_no, distributor_id, accepted, sku, distributor_sku, ean, product_name, warehouse, quantity,
			unit, cost, problems, source""";

	/** Documents of a month: four weekly shipments and one on its last working day. */
	private static final int DOCUMENTS = 5;

	/** One month's stock report: lines and the quantity they add up to. */
	record Report(int lines, long quantity) {
	}

	private final DatasetPlan plan;

	ChannelStock(DatasetPlan plan) {
		this.plan = plan;
	}

	/**
	 * The day a distributor counts its stock: the month's last day, or its last working
	 * day.
	 */
	static LocalDate asOf(DatasetPlan.Trader trader, YearMonth month) {
		LocalDate day = month.atEndOfMonth();
		while (trader.lastWorkingDay() && day.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
			day = day.minusDays(1);
		}
		return day;
	}

	Report[] write(int d, long distributorId, long[][] sold, long[] productIds, long[] stockReports,
			byte[][] warehouses, CopyText sellIn, CopyText stock) {
		DatasetPlan.Trader trader = plan.traders.get(d);
		int months = plan.size.months();
		int[] stockLines = new int[months];
		long[] stockQuantity = new long[months];
		int[][] documentLines = new int[months][DOCUMENTS];
		for (DatasetPlan.Product product : plan.products) {
			int p = product.index();
			if (!plan.carried[d][p]) {
				continue;
			}
			SplittableRandom random = new SplittableRandom(plan.size.seed() * 17 + d * 100_003L + p);
			double mainShare = random.nextDouble() < 0.3 ? 1 : 0.55 + random.nextDouble() * 0.35;
			long onHand = 0;
			for (int m = product.launch(); m < months; m++) {
				long sales = sold[p][m];
				long shipped = 0;
				boolean ranOut = false;
				if (m < product.stop()) {
					double forecast = m == product.launch() ? sales * 1.5 : (sold[p][m - 1] + sales) / 2.0;
					ranOut = random.nextDouble() < 0.03;
					double target = ranOut ? 0 : trader.coverWeeks() * plan.cover[d][p] * forecast / 4.345;
					if (m == 0) {
						onHand = Math.round(target * (0.7 + random.nextDouble() * 0.6));
					}
					double need = sales + target - onHand;
					shipped = need <= 0 ? 0 : ranOut ? (long) Math.ceil(need)
							: (long) Math.ceil(need / product.pack()) * product.pack();
					onHand += shipped - sales;
				}
				long inTransit = 0;
				if (shipped > 0) {
					inTransit = ship(sellIn, documentLines, distributorId, productIds[p], product, m, shipped, random);
				}
				long reported = Math.max(0, onHand - inTransit);
				reported = Math.round(reported * (1 - trader.drift() * m));
				if (reported > 0 && random.nextDouble() > trader.exact()) {
					reported = Math.max(0, reported + Math.round(random.nextGaussian() * Math.max(1, reported * 0.05)));
				}
				if (reported == 0 && !ranOut) {
					continue;
				}
				long main = Math.round(reported * mainShare);
				for (int w = 0; w < 2; w++) {
					long quantity = w == 0 ? main : reported - main;
					if (quantity == 0 && (w == 1 || reported > 0)) {
						continue;
					}
					stock.number(stockReports[m]).number(++stockLines[m]).number(distributorId).bool(true);
					stock.bytes(product.skuBytes()).nul().nul().bytes(product.nameBytes()).bytes(warehouses[w]);
					stock.number(quantity).bytes(product.unitBytes()).hundredths(product.listPrice() * 62 / 100);
					stock.nul().nul().end();
					stockQuantity[m] += quantity;
				}
			}
		}
		Report[] reports = new Report[months];
		for (int m = 0; m < months; m++) {
			reports[m] = new Report(stockLines[m], stockQuantity[m]);
		}
		return reports;
	}

	/**
	 * Writes the month's shipment of a product: in one weekly document, sometimes split
	 * over two, sometimes on the month's last working day; answers what is on its way
	 * then.
	 */
	private long ship(CopyText out, int[][] documentLines, long distributorId, long productId,
			DatasetPlan.Product product, int m, long quantity, SplittableRandom random) {
		YearMonth month = plan.month(m);
		boolean late = random.nextDouble() < 0.06;
		int first = late ? DOCUMENTS - 1 : random.nextInt(DOCUMENTS - 1);
		long second = !late && random.nextDouble() < 0.15 ? quantity / 2 : 0;
		document(out, documentLines, distributorId, productId, product, month, m, first, quantity - second);
		if (second > 0) {
			document(out, documentLines, distributorId, productId, product, month, m, (first + 1) % (DOCUMENTS - 1),
					second);
		}
		return late ? quantity : 0;
	}

	private void document(CopyText out, int[][] documentLines, long distributorId, long productId,
			DatasetPlan.Product product, YearMonth month, int m, int document, long quantity) {
		LocalDate date = document == DOCUMENTS - 1 ? month.atEndOfMonth() : month.atDay(4 + 7 * document);
		while (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
			date = date.minusDays(1);
		}
		out.number(distributorId)
			.text(String.format("ОТГ-%02d%02d-%d", month.getYear() % 100, month.getMonthValue(), document + 1))
			.date(date)
			.number(++documentLines[m][document])
			.number(productId)
			.number(quantity)
			.hundredths(quantity * product.listPrice() * 70 / 100)
			.end();
	}

}
