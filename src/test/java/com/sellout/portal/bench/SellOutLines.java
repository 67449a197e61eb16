package com.sellout.portal.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One month's sell-out report of one distributor as COPY rows of {@code sellout_lines}:
 * invoices of one to a dozen lines to one client on one working day (few on Saturdays,
 * fewer on Sundays), products drawn by their sales weight in that month (popularity,
 * season, launch and end of life), quantities by the product's velocity, prices off the
 * list price by the client's segment (one line in fifty under the price floor). Adds the
 * quantities sold into {@code sold[product][month]}, from which the stock is simulated.
 */
final class SellOutLines {

	static final String COLUMNS = """
			report_id, line_no, distributor_id, out_of_period, accepted, sale_date, document_no, client_inn, client_kpp,
			client_name, client_segment, region_code, city, delivery_address, sku, distributor_sku, ean, product_name,
			quantity, unit, price_net, amount_net, vat_rate, currency, warehouse, project, floor_price, below_floor_pct,
			problems, source""";

	private static final byte[] VAT = CopyText.utf8("22.00");

	private static final byte[] RUB = CopyText.utf8("RUB");

	private static final byte[] FLOOR_PCT = CopyText.utf8("12.50");

	/** What the report holds, for its row in {@code sellout_reports}. */
	record Totals(int lines, long quantity, long amountKopecks, int deviations) {
	}

	private final DatasetPlan plan;

	private final List<DatasetClients.Client> clients;

	private final double[] clientWeights;

	private final byte[][] warehouses;

	SellOutLines(DatasetPlan plan, List<DatasetClients.Client> clients, byte[][] warehouses) {
		this.plan = plan;
		this.clients = clients;
		this.clientWeights = DatasetClients.cumulativeWeights(clients.size());
		this.warehouses = warehouses;
	}

	Totals write(CopyText out, long reportId, long distributorId, int d, int m, long[][] sold) {
		int count = plan.lines[d][m];
		SplittableRandom random = new SplittableRandom(plan.size.seed() * 31 + d * 1_000L + m);
		double[] productWeights = new double[plan.products.size()];
		double sum = 0;
		for (int p = 0; p < productWeights.length; p++) {
			sum += plan.weight(d, p, m);
			productWeights[p] = sum;
		}
		YearMonth month = plan.month(m);
		double[] days = dayWeights(month);
		byte[] documentPrefix = CopyText
			.utf8(String.format("РН-%02d%02d-", month.getYear() % 100, month.getMonthValue()));
		long quantity = 0;
		long amount = 0;
		int deviations = 0;
		int line = 0;
		int document = 0;
		while (line < count && sum > 0) {
			document++;
			DatasetClients.Client client = clients.get(pick(clientWeights, random));
			LocalDate date = month.atDay(1 + pick(days, random));
			int size = Math.min(count - line, 1 + (int) (-Math.log(1 - random.nextDouble()) * 3.5));
			for (int i = 0; i < size; i++) {
				DatasetPlan.Product product = plan.products.get(pick(productWeights, random));
				long q = quantity(product.meanQuantity(), random);
				boolean below = random.nextInt(50) == 0;
				long price = below ? product.listPrice() * 70 / 100 : Math
					.round(product.listPrice() * (1 - client.discount()) * (0.97 + random.nextDouble() * 0.06));
				line++;
				out.number(reportId).number(line).number(distributorId).bool(false).bool(true).date(date);
				out.bytes(documentPrefix).append(document);
				out.bytes(client.innBytes())
					.bytes(client.kppBytes())
					.bytes(client.nameBytes())
					.bytes(client.segmentBytes())
					.bytes(client.regionBytes())
					.bytes(client.cityBytes())
					.nul();
				out.bytes(product.skuBytes())
					.nul()
					.nul()
					.bytes(product.nameBytes())
					.number(q)
					.bytes(product.unitBytes());
				out.hundredths(price).hundredths(price * q).bytes(VAT).bytes(RUB);
				out.bytes(warehouses[random.nextInt(4) == 0 ? 1 : 0]).nul();
				if (below) {
					out.hundredths(product.listPrice() * 80 / 100).bytes(FLOOR_PCT);
					deviations++;
				}
				else {
					out.nul().nul();
				}
				out.nul().nul().end();
				sold[product.index()][m] += q;
				quantity += q;
				amount += price * q;
			}
		}
		return new Totals(line, quantity, amount, deviations);
	}

	/** Geometric quantities with the product's mean, at least one. */
	private static long quantity(double mean, SplittableRandom random) {
		if (mean <= 1.05) {
			return 1;
		}
		return 1 + (long) (Math.log(1 - random.nextDouble()) / Math.log(1 - 1 / mean));
	}

	static int pick(double[] cumulative, SplittableRandom random) {
		double r = random.nextDouble() * cumulative[cumulative.length - 1];
		int i = Arrays.binarySearch(cumulative, r);
		i = i < 0 ? -i - 1 : i + 1;
		return Math.min(i, cumulative.length - 1);
	}

	private static double[] dayWeights(YearMonth month) {
		double[] cumulative = new double[month.lengthOfMonth()];
		double sum = 0;
		for (int day = 1; day <= cumulative.length; day++) {
			DayOfWeek weekday = month.atDay(day).getDayOfWeek();
			sum += weekday == DayOfWeek.SUNDAY ? 0.1 : weekday == DayOfWeek.SATURDAY ? 0.3 : 1;
			cumulative[day - 1] = sum;
		}
		return cumulative;
	}

}
