package com.sellout.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The buyers of each distributor: organisations with a valid ИНН, a segment and a region
 * (most in the distributor's home regions), a few big ones buying most — what the
 * analytics over clients, regions and segments need. Deterministic from the seed.
 */
final class DatasetClients {

	/** Region code, region's city. */
	private static final String[][] REGIONS = { { "77", "Москва" }, { "50", "Подольск" }, { "54", "Новосибирск" },
			{ "70", "Томск" }, { "66", "Екатеринбург" }, { "74", "Челябинск" }, { "78", "Санкт-Петербург" },
			{ "16", "Казань" }, { "23", "Краснодар" }, { "52", "Нижний Новгород" }, { "61", "Ростов-на-Дону" },
			{ "63", "Самара" }, { "24", "Красноярск" }, { "02", "Уфа" }, { "38", "Иркутск" } };

	/** Segment code, share of clients, discount off the list price. */
	private static final Object[][] SEGMENTS = { { "DEALER", 0.30, 0.25 }, { "RETAIL", 0.10, 0.12 },
			{ "INSTALLER", 0.30, 0.18 }, { "DESIGN_INSTITUTE", 0.05, 0.05 }, { "END_CUSTOMER", 0.15, 0.03 },
			{ "DEVELOPER", 0.10, 0.15 } };

	private static final String[] WORDS = { "Свет", "Энерго", "Электро", "Монтаж", "Строй", "Ток", "Вольт", "Кабель" };

	private static final String[] ENDINGS = { "сервис", "техника", "снаб", "комплект", "плюс", "групп", "пром",
			"торг" };

	private static final int[] W10 = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };

	/** A client as written on the lines, its bytes encoded once. */
	record Client(String inn, String kpp, String name, String segment, String region, String city, double discount,
			byte[] innBytes, byte[] kppBytes, byte[] nameBytes, byte[] segmentBytes, byte[] regionBytes,
			byte[] cityBytes) {
	}

	private DatasetClients() {
	}

	/** The distributor's clients, biggest buyers first. */
	static List<Client> of(int distributor, int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed * 7_919L + 104_729L * (distributor + 1));
		List<Client> clients = new ArrayList<>(count);
		int home = (distributor * 2) % REGIONS.length;
		for (int c = 0; c < count; c++) {
			double r = random.nextDouble();
			String[] region = r < 0.55 ? REGIONS[home]
					: r < 0.85 ? REGIONS[home + 1] : REGIONS[random.nextInt(REGIONS.length)];
			Object[] segment = segment(random.nextDouble());
			String name = (c % 7 == 0 ? "АО" : c % 11 == 0 ? "ИП" : "ООО") + " \"" + WORDS[random.nextInt(WORDS.length)]
					+ ENDINGS[random.nextInt(ENDINGS.length)] + " " + (distributor + 1) + "-" + (c + 1) + "\"";
			String inn = inn(region[0], distributor, c);
			String kpp = region[0] + "0101001";
			clients.add(new Client(inn, kpp, name, (String) segment[0], region[0], region[1], (Double) segment[2],
					CopyText.utf8(inn), CopyText.utf8(kpp), CopyText.utf8(name), CopyText.utf8((String) segment[0]),
					CopyText.utf8(region[0]), CopyText.utf8(region[1])));
		}
		return clients;
	}

	/** The region code where most of the distributor's clients are. */
	static String home(int distributor) {
		return REGIONS[(distributor * 2) % REGIONS.length][0];
	}

	/** Cumulative weights of the clients (Zipf: the first ones buy most). */
	static double[] cumulativeWeights(int count) {
		double[] cumulative = new double[count];
		double sum = 0;
		for (int c = 0; c < count; c++) {
			sum += 1 / Math.pow(c + 3, 0.8);
			cumulative[c] = sum;
		}
		return cumulative;
	}

	/** A valid ИНН for a distributor the dataset creates. */
	static String organisationInn(int n) {
		return inn("77", 8, n);
	}

	private static Object[] segment(double r) {
		double sum = 0;
		for (Object[] segment : SEGMENTS) {
			sum += (Double) segment[1];
			if (r < sum) {
				return segment;
			}
		}
		return SEGMENTS[SEGMENTS.length - 1];
	}

	/** A valid 10-digit ИНН of the region, different for every distributor's client. */
	private static String inn(String region, int distributor, int n) {
		String body = region + (distributor % 10) + String.format("%06d", n % 1_000_000);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += W10[i] * (body.charAt(i) - '0');
		}
		return body + (sum % 11 % 10);
	}

}
