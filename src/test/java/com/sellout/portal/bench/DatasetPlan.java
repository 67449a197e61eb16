package com.sellout.portal.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the channel dataset holds before any of it is written: the catalog (groups with
 * their seasons, products with their prices, velocity and life), each distributor's
 * traits (share of the market, assortment, how much stock it keeps, how well it reports)
 * and how many sell-out lines each of its monthly reports has. Everything follows from
 * the size and its seed, so two runs of one size hold the same data.
 */
final class DatasetPlan {

	/** Top groups: name, peak month of the season, its amplitude; then the sub-groups. */
	private static final Object[][] GROUPS = {
			{ "Освещение", 11, 0.25, new Leaf("Светильники LED", "Светильник", "шт", 1800),
					new Leaf("Прожекторы", "Прожектор", "шт", 2500),
					new Leaf("Лампы", "Лампа светодиодная", "шт", 150) },
			{ "Электроустановочные изделия", 9, 0.15, new Leaf("Розетки", "Розетка", "шт", 250),
					new Leaf("Выключатели", "Выключатель", "шт", 220), new Leaf("Рамки", "Рамка", "шт", 120) },
			{ "Кабель и провод", 7, 0.30, new Leaf("Силовой кабель", "Кабель ВВГнг", "м", 90),
					new Leaf("Провод монтажный", "Провод ПуГВ", "м", 35) },
			{ "Защитная автоматика", 10, 0.10, new Leaf("Автоматические выключатели", "Автомат", "шт", 400),
					new Leaf("УЗО и дифавтоматы", "УЗО", "шт", 2200),
					new Leaf("Щиты распределительные", "Щит", "шт", 3500) },
			{ "Электромонтажные изделия", 6, 0.30, new Leaf("Кабель-каналы", "Кабель-канал", "м", 80),
					new Leaf("Гофротрубы", "Гофротруба", "м", 25),
					new Leaf("Распаячные коробки", "Коробка", "шт", 60) } };

	private static final String[] SERIES = { "Nova", "Ardo", "Lumo", "Terra", "Vega", "Orion", "Stella", "Prima" };

	/**
	 * A sub-group: its name, the noun of its products' names, their unit and median price
	 * in roubles.
	 */
	record Leaf(String name, String noun, String unit, int medianPrice) {
	}

	/** A group as stored: its path ("Top / Sub"), parent path, season. */
	record Group(String path, String parent, String name, int peakMonth, double amplitude) {
	}

	/**
	 * A product: list price in kopecks; popularity (relative sales); mean quantity per
	 * line; pack (sell-in is shipped in whole packs); first month it sells and the month
	 * its sales stop (index into the months, {@code months} if never).
	 */
	record Product(int index, String sku, String name, String ean, String unit, int group, int top, long listPrice,
			int pack, double popularity, double meanQuantity, int launch, int stop, byte[] skuBytes, byte[] nameBytes,
			byte[] unitBytes) {
	}

	/**
	 * A distributor's traits: share of the lines, how many products it carries, weeks of
	 * stock it keeps, the share of its stock lines it reports exactly, how much less
	 * stock it reports each month than it has (a gap that keeps growing), whether it
	 * counts stock on the last working day instead of the month's last day.
	 */
	record Trader(int index, double share, double carry, double coverWeeks, double exact, double drift,
			boolean lastWorkingDay) {
	}

	final ChannelDataset.Size size;

	final List<Group> groups = new ArrayList<>();

	final List<Product> products = new ArrayList<>();

	final List<Trader> traders = new ArrayList<>();

	/** [distributor][product]: carried, and a factor of the weeks of stock it keeps. */
	final boolean[][] carried;

	final double[][] cover;

	/** [distributor][month]: lines of that month's sell-out report. */
	final int[][] lines;

	private final double[][] season;

	DatasetPlan(ChannelDataset.Size size) {
		this.size = size;
		SplittableRandom random = new SplittableRandom(size.seed());
		List<Leaf> leaves = new ArrayList<>();
		List<Integer> topOfLeaf = new ArrayList<>();
		for (int top = 0; top < GROUPS.length; top++) {
			Object[] g = GROUPS[top];
			int topIndex = groups.size();
			groups.add(new Group((String) g[0], null, (String) g[0], (Integer) g[1], (Double) g[2]));
			for (int i = 3; i < g.length; i++) {
				Leaf leaf = (Leaf) g[i];
				groups.add(new Group(g[0] + " / " + leaf.name(), (String) g[0], leaf.name(), (Integer) g[1],
						(Double) g[2]));
				leaves.add(leaf);
				topOfLeaf.add(topIndex);
			}
		}
		int[] rank = permutation(size.products(), random);
		for (int p = 0; p < size.products(); p++) {
			int leafIndex = random.nextInt(leaves.size());
			Leaf leaf = leaves.get(leafIndex);
			double rub = Math.max(5, Math.min(80_000, leaf.medianPrice() * Math.exp(random.nextGaussian() * 0.7)));
			long price = Math.round(rub * 100);
			double mean = Math.pow(Math.max(1, Math.min(40, 600 / rub)), 0.7) * (leaf.unit().equals("м") ? 8 : 1);
			int pack = leaf.unit().equals("м") ? 100 : rub < 200 ? 20 : rub < 1000 ? 10 : rub < 5000 ? 4 : 1;
			int launch = random.nextDouble() < 0.08 ? 3 + random.nextInt(Math.max(1, size.months() - 9)) : 0;
			int stop = random.nextDouble() < 0.08
					? Math.max(launch + 3, size.months() / 3 + random.nextInt(Math.max(1, size.months() * 2 / 3 - 4)))
					: size.months();
			String sku = String.format("CH-%05d", p + 1);
			String name = leaf.noun() + " " + SERIES[p % SERIES.length] + "-" + (p / SERIES.length + 1);
			products
				.add(new Product(p, sku, name, ean(p), leaf.unit(), groupIndex(leaf.name()), topOfLeaf.get(leafIndex),
						price, pack, 1 / Math.pow(rank[p] + 20, 1.05), mean, launch, Math.min(stop, size.months()),
						CopyText.utf8(sku), CopyText.utf8(name), CopyText.utf8(leaf.unit())));
		}
		double[] shares = { 0.45, 0.33, 0.22 };
		double[] covers = { 5, 8, 11 };
		double[] exact = { 0.97, 0.90, 0.85 };
		for (int d = 0; d < size.distributors(); d++) {
			traders.add(new Trader(d, d < 3 ? shares[d] : 0.2, 0.9 - 0.1 * (d % 3), covers[d % 3], exact[d % 3],
					d % 3 == 2 ? 0.003 : 0, d % 3 == 2));
		}
		carried = new boolean[size.distributors()][size.products()];
		cover = new double[size.distributors()][size.products()];
		for (int d = 0; d < size.distributors(); d++) {
			SplittableRandom own = new SplittableRandom(size.seed() * 1_000_003L + d);
			for (int p = 0; p < size.products(); p++) {
				carried[d][p] = rank[p] < size.products() / 10 || own.nextDouble() < traders.get(d).carry();
				cover[d][p] = Math.exp(own.nextGaussian() * 0.5) * (own.nextDouble() < 0.05 ? 3 : 1);
			}
		}
		season = new double[groups.size()][size.months()];
		for (int g = 0; g < groups.size(); g++) {
			for (int m = 0; m < size.months(); m++) {
				int month = size.firstMonth().plusMonths(m).getMonthValue();
				double s = 1
						+ groups.get(g).amplitude() * Math.cos(2 * Math.PI * (month - groups.get(g).peakMonth()) / 12);
				season[g][m] = s * (month == 1 ? 0.7 : month == 12 ? 1.1 : 1) * Math.pow(1.08, m / 12.0);
			}
		}
		lines = allocateLines();
	}

	YearMonth month(int m) {
		return size.firstMonth().plusMonths(m);
	}

	/**
	 * How much the distributor sells of the product in the month, relative to the others.
	 */
	double weight(int d, int p, int m) {
		Product product = products.get(p);
		if (!carried[d][p] || m < product.launch() || m >= product.stop()) {
			return 0;
		}
		double life = m == product.launch() && m > 0 ? 0.4 : m == product.launch() + 1 && m > 1 ? 0.7 : 1;
		if (product.stop() < size.months() && m >= product.stop() - 3) {
			life *= 0.5;
		}
		return product.popularity() * season[product.top()][m] * life;
	}

	/**
	 * The lines of every report in proportion to its distributor's share and its month's
	 * sales.
	 */
	private int[][] allocateLines() {
		int ds = size.distributors();
		int ms = size.months();
		double[][] raw = new double[ds][ms];
		double sum = 0;
		for (int d = 0; d < ds; d++) {
			for (int m = 0; m < ms; m++) {
				double w = 0;
				for (int p = 0; p < size.products(); p++) {
					w += weight(d, p, m);
				}
				raw[d][m] = w * traders.get(d).share();
				sum += raw[d][m];
			}
		}
		int[][] allocated = new int[ds][ms];
		long left = size.sellOutLines();
		for (int d = 0; d < ds; d++) {
			for (int m = 0; m < ms; m++) {
				allocated[d][m] = (int) Math.floor(raw[d][m] / sum * size.sellOutLines());
				left -= allocated[d][m];
			}
		}
		for (int i = 0; left > 0; i++, left--) {
			allocated[i % ds][(i / ds) % ms]++;
		}
		return allocated;
	}

	private int groupIndex(String leafName) {
		for (int g = 0; g < groups.size(); g++) {
			if (groups.get(g).parent() != null && groups.get(g).name().equals(leafName)) {
				return g;
			}
		}
		throw new IllegalStateException(leafName);
	}

	private static int[] permutation(int n, SplittableRandom random) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	/** A valid EAN-13 with the Russian prefix 460, different for every product. */
	private static String ean(int p) {
		String body = String.format("460%09d", 700_000_000 + p);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
		}
		return body + (10 - sum % 10) % 10;
	}

}
