package com.sellout.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableReader;

/**
 * The demo's generated sell-out: per distributor and month about a thousand lines to its
 * own clients (the sample clients it is assigned, many shared with other distributors, of
 * several regions and segments), about 2 % of them below the price floor; with a story
 * for the analytics to tell — cable trays sell less in the last three months while they
 * are still shipped in (stagnation), modular gear sells half as much again in the last
 * two while sell-in stays (hype), and each distributor leaves some region × group cells
 * empty (white spots). Deterministic (a fixed seed), so every fresh demo looks alike.
 */
final class DemoSales {

	static final int MONTHS = 36;

	private static final int LINES_PER_GROUP = 250;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static final String STAGNATING = "Кабеленесущие системы";

	static final String HYPED = "Модульное оборудование";

	record Product(String sku, String group, BigDecimal listPrice, BigDecimal floor) {
	}

	record Client(String inn, String name, String segment, String region, List<String> distributors) {
	}

	/** One month's report of one distributor, and what it sold per product. */
	record Month(YearMonth period, byte[] csv, int lines, Map<String, Integer> sold) {
	}

	private final List<Product> products = new ArrayList<>();

	private final Map<String, List<Product>> byGroup = new LinkedHashMap<>();

	private final List<Client> clients = new ArrayList<>();

	DemoSales(byte[] catalogCsv, byte[] clientsCsv) {
		List<RawRow> rows = new ArrayList<>();
		TableReader.read(catalogCsv, rows::add);
		for (RawRow row : rows.subList(1, rows.size())) {
			if (!row.isBlank()) {
				Product p = new Product(row.cell(0), row.cell(2), new BigDecimal(row.cell(5)),
						new BigDecimal(row.cell(6)));
				products.add(p);
				byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
			}
		}
		rows.clear();
		TableReader.read(clientsCsv, rows::add);
		for (RawRow row : rows.subList(1, rows.size())) {
			if (!row.isBlank() && !row.cell(8).isBlank()) {
				clients.add(new Client(row.cell(0), row.cell(2), row.cell(3), row.cell(4),
						List.of(row.cell(8).replace(" ", "").split(","))));
			}
		}
	}

	List<Product> products() {
		return products;
	}

	List<Client> clients() {
		return clients;
	}

	/** How much of a group sells in the month (index 0 … MONTHS − 1), against usual. */
	static double demand(String group, int month) {
		if (group.equals(STAGNATING) && month >= MONTHS - 3) {
			return 0.7;
		}
		if (group.equals(HYPED) && month >= MONTHS - 2) {
			return 1.5;
		}
		return 1.0 + 0.08 * Math.sin(month * Math.PI / 6);
	}

	/** A distributor's month of sell-out, as the CSV its 1C would save. */
	Month month(String distributor, YearMonth period, int index) {
		Random random = new Random(period.hashCode() * 31L + distributor.hashCode());
		List<Client> own = clients.stream().filter(c -> c.distributors().contains(distributor)).toList();
		StringBuilder csv = new StringBuilder(
				"Дата продажи;Номер документа;ИНН покупателя;Покупатель;Тип клиента;Регион;Артикул;Количество;Цена без НДС\r\n");
		Map<String, Integer> sold = new HashMap<>();
		int lines = 0;
		for (Map.Entry<String, List<Product>> group : byGroup.entrySet()) {
			// a white spot: the distributor's clients of some regions never buy the group
			List<Client> buyers = own.stream()
				.filter(c -> Math.floorMod((distributor + c.region() + group.getKey()).hashCode(), 6) != 0)
				.toList();
			if (buyers.isEmpty()) {
				continue;
			}
			int count = (int) Math.round(LINES_PER_GROUP * demand(group.getKey(), index));
			for (int i = 0; i < count; i++) {
				Client client = buyers.get(random.nextInt(buyers.size()));
				Product product = group.getValue().get(random.nextInt(group.getValue().size()));
				int quantity = 1 + random.nextInt(20);
				BigDecimal price = random.nextInt(50) == 0
						? product.floor().multiply(BigDecimal.valueOf(0.85 + random.nextInt(10) / 100.0))
						: product.listPrice().multiply(BigDecimal.valueOf(0.84 + random.nextInt(16) / 100.0));
				LocalDate day = period.atDay(1 + random.nextInt(period.lengthOfMonth()));
				csv.append(day.format(DATE))
					.append(';')
					.append(distributor)
					.append('-')
					.append(period)
					.append('-')
					.append(1 + i / 8)
					.append(';')
					.append(client.inn())
					.append(';')
					.append(quoted(client.name()))
					.append(';')
					.append(client.segment())
					.append(';')
					.append(client.region())
					.append(';')
					.append(product.sku())
					.append(';')
					.append(quantity)
					.append(';')
					.append(price.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ','))
					.append("\r\n");
				sold.merge(product.sku(), quantity, Integer::sum);
				lines++;
			}
		}
		return new Month(period, csv.toString().getBytes(StandardCharsets.UTF_8), lines, sold);
	}

	/**
	 * What was shipped in that month for what sold: about the usual demand, whatever the
	 * month's (so a slump piles stock up, a rush runs it down).
	 */
	static Map<String, Integer> sellIn(Month month, int index, Map<String, String> groupOf) {
		Map<String, Integer> shipped = new LinkedHashMap<>();
		month.sold().forEach((sku, quantity) -> {
			double usual = quantity / demand(groupOf.get(sku), index);
			shipped.put(sku, (int) Math.max(1, Math.round(usual * 1.05)));
		});
		return shipped;
	}

	/** A month's usual sales of a product: the opening stock the demo starts from. */
	int usualStock(Product product) {
		return (int) Math.round(LINES_PER_GROUP * 10.5 / byGroup.get(product.group()).size());
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
