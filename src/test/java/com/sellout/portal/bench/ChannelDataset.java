package com.sellout.portal.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The channel data the benchmarks of the inventory, analytics, forecast and BI share: a
 * catalog in groups with sub-groups and list prices, each distributor's clients, 36
 * months of active sell-out reports (seasons, fast and slow products, launches, products
 * whose sales stop), the manufacturer's monthly sell-in and each distributor's monthly
 * stock report over two warehouses that roughly follows opening + sell-in − sell-out.
 * Written straight into the tables with COPY, as the import would leave them (the reports
 * accepted, one active version each), into a portal started with the demo data (its
 * distributors ALFA, BETA, GAMMA and their accounts; more are created when asked for).
 * Deterministic: one size and seed, one dataset.
 */
public final class ChannelDataset {

	/**
	 * How big: distributors, products, months from the first, sell-out lines in all,
	 * clients in all (the channel's buyers, split over the distributors, each client
	 * buying from one), seed.
	 */
	public record Size(int distributors, int products, int months, YearMonth firstMonth, long sellOutLines, int clients,
			long seed) {

		/**
		 * The size: 3 distributors × 2,000 products × 36 months, 10 M lines,
		 * 5,000 clients.
		 */
		public static Size full() {
			return new Size(3, 2_000, 36, YearMonth.of(2023, 1), 10_000_000, 5_000, 16);
		}

		/** Small enough for a smoke run in seconds. */
		public static Size smoke() {
			return new Size(3, 200, 6, YearMonth.of(2023, 1), 50_000, 600, 16);
		}

		public Size withLines(long lines) {
			return new Size(distributors, products, months, firstMonth, lines, clients, seed);
		}

		/** The clients of one distributor: its part of all, the first ones one more. */
		public int clientsOf(int distributor) {
			return clients / distributors + (distributor < clients % distributors ? 1 : 0);
		}

		public YearMonth lastMonth() {
			return firstMonth.plusMonths(months - 1);
		}
	}

	/**
	 * What was loaded: the distributors (id → code), the products' SKUs, group ids by
	 * path, counts.
	 */
	public record Loaded(Size size, Map<Long, String> distributors, List<String> skus, Map<String, Long> groups,
			long sellOutLines, long sellInLines, long stockLines, double seconds) {
	}

	private ChannelDataset() {
	}

	public static Loaded load(ApplicationContext context, Size size) {
		long started = System.nanoTime();
		DatasetPlan plan = new DatasetPlan(size);
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataSource dataSource = context.getBean(DataSource.class);
		Map<Long, String> distributors = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> distributors(context.getBean(Distributors.class), size.distributors()));
		List<Long> ids = new ArrayList<>(distributors.keySet());
		DatasetCatalog.Written catalog = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> DatasetCatalog.write(jdbc, plan, ids));
		step("catalog and clients", started);
		ChannelStock stock = new ChannelStock(plan);
		long sellOut = 0;
		long sellIn = 0;
		long stockLines = 0;
		for (int d = 0; d < ids.size(); d++) {
			int distributor = d;
			long id = ids.get(d);
			byte[][] warehouses = { CopyText.utf8("Основной склад"),
					CopyText.utf8("Склад " + catalog.clients().get(d).get(0).city()) };
			SellOutLines lines = new SellOutLines(plan, catalog.clients().get(d), warehouses);
			long[][] sold = new long[size.products()][size.months()];
			for (int m = 0; m < size.months(); m++) {
				int month = m;
				sellOut += transactions.callAs(DataScope.ALL_DISTRIBUTORS,
						() -> sellOutReport(jdbc, dataSource, lines, plan, distributor, id, month, sold));
			}
			long[] counts = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> stockAndSellIn(jdbc, dataSource,
					stock, plan, distributor, id, sold, catalog.productIds(), warehouses));
			sellIn += counts[0];
			stockLines += counts[1];
			step("distributor " + distributors.get(id), started);
		}
		analyze(context);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"channel dataset: %d distributors × %,d products × %d months (%s–%s): %,d sell-out, %,d sell-in, %,d stock lines in %.0f s%n",
				ids.size(), size.products(), size.months(), size.firstMonth(), size.lastMonth(), sellOut, sellIn,
				stockLines, seconds);
		return new Loaded(size, distributors, plan.products.stream().map(DatasetPlan.Product::sku).toList(),
				catalog.groups(), sellOut, sellIn, stockLines, seconds);
	}

	/**
	 * The dataset a kept database already holds (a run before loaded it), or null: a
	 * bench run again on the same data directory skips the minutes of loading.
	 */
	public static Loaded existing(ApplicationContext context, Size size) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			long lines = jdbc.sql("select coalesce(sum(accepted_lines), 0) from sellout_reports where kind = 'SELLOUT'")
				.query(Long.class)
				.single();
			if (lines == 0) {
				return null;
			}
			Map<Long, String> distributors = new LinkedHashMap<>();
			jdbc.sql(
					"select distinct d.id, d.code from distributors d join sellout_reports r on r.distributor_id = d.id"
							+ " order by d.code")
				.query((rs, n) -> distributors.put(rs.getLong(1), rs.getString(2)))
				.list();
			Map<String, Long> groups = new LinkedHashMap<>();
			DatasetPlan plan = new DatasetPlan(size.withLines(0));
			for (DatasetPlan.Group group : plan.groups) {
				groups.put(group.path(),
						jdbc.sql("select id from product_groups where path = ?")
							.param(group.path())
							.query(Long.class)
							.single());
			}
			return new Loaded(size.withLines(lines), distributors,
					jdbc.sql("select sku from products where brand = 'Channel' order by sku")
						.query(String.class)
						.list(),
					groups, lines, jdbc.sql("select count(*) from sell_in_lines").query(Long.class).single(),
					jdbc.sql("select count(*) from stock_lines").query(Long.class).single(), 0);
		});
	}

	/** The first distributors by code, creating the missing ones. */
	private static Map<Long, String> distributors(Distributors directory, int count) {
		List<Distributor> known = new ArrayList<>(directory.all());
		known.sort((a, b) -> a.code().compareTo(b.code()));
		for (int n = known.size() + 1; known.size() < count; n++) {
			known.add(directory
				.create(new DistributorForm("CH" + n, "ООО \"Канал " + n + "\"", DatasetClients.organisationInn(n),
						null, null, null, null, ReportingFrequency.MONTHLY, null, null)));
		}
		Map<Long, String> codes = new LinkedHashMap<>();
		known.subList(0, count).forEach(distributor -> codes.put(distributor.id(), distributor.code()));
		return codes;
	}

	private static long sellOutReport(JdbcClient jdbc, DataSource dataSource, SellOutLines lines, DatasetPlan plan,
			int d, long distributorId, int m, long[][] sold) {
		YearMonth month = plan.month(m);
		long report = jdbc.sql("""
				insert into sellout_reports (distributor_id, period, version, status, source, file_name, content_sha256,
				                             size_bytes, format, received_at, processed_at, attempts)
				values (?, ?, 1, 'ACCEPTED', 'FTP', ?, ?, 0, 'CSV', ?::date + 5, ?::date + 5, 1)
				returning id""")
			.params(distributorId, month.atDay(1), "sellout-" + month + ".csv", sha256(plan, d, "SELLOUT", month),
					month.atEndOfMonth(), month.atEndOfMonth())
			.query(Long.class)
			.single();
		SellOutLines.Totals totals;
		Connection connection = DataSourceUtils.getConnection(dataSource);
		execute(connection, "set local role sellout_app_loader");
		try (CopyText out = new CopyText(copy(connection, "sellout_lines (" + SellOutLines.COLUMNS + ")"))) {
			totals = lines.write(out, report, distributorId, d, m, sold);
			out.finish();
		}
		execute(connection, "reset role");
		jdbc.sql(
				"""
						update sellout_reports set lines = ?, accepted_lines = ?, accepted_quantity = ?, accepted_amount_net = ?,
						       deviations = ? where id = ?""")
			.params(totals.lines(), totals.lines(), totals.quantity(), totals.amountKopecks() / 100.0,
					totals.deviations(), report)
			.update();
		return totals.lines();
	}

	/**
	 * The distributor's stock reports (one a month) and sell-in: staged in temporary
	 * tables by COPY (PostgreSQL refuses COPY into a table under row-level security, and
	 * the loader role may write sell-out lines alone), then inserted under the policies.
	 */
	private static long[] stockAndSellIn(JdbcClient jdbc, DataSource dataSource, ChannelStock stock, DatasetPlan plan,
			int d, long distributorId, long[][] sold, long[] productIds, byte[][] warehouses) {
		long[] reports = new long[plan.size.months()];
		for (int m = 0; m < reports.length; m++) {
			YearMonth month = plan.month(m);
			reports[m] = jdbc
				.sql("""
						insert into sellout_reports (distributor_id, kind, period, as_of, version, status, source, file_name,
						                             content_sha256, size_bytes, format, received_at, processed_at, attempts)
						values (?, 'STOCK', ?, ?, 1, 'ACCEPTED', 'FTP', ?, ?, 0, 'CSV', ?::date + 1, ?::date + 1, 1)
						returning id""")
				.params(distributorId, month.atDay(1), ChannelStock.asOf(plan.traders.get(d), month),
						"stock-" + month + ".csv", sha256(plan, d, "STOCK", month), month.atEndOfMonth(),
						month.atEndOfMonth())
				.query(Long.class)
				.single();
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		execute(connection, "create temp table bench_sell_in on commit drop as select " + ChannelStock.SELL_IN_COLUMNS
				+ " from sell_in_lines limit 0");
		execute(connection, "create temp table bench_stock on commit drop as select " + ChannelStock.STOCK_COLUMNS
				+ " from stock_lines limit 0");
		CopyText sellIn = CopyText.inMemory();
		CopyText stockRows = CopyText.inMemory();
		ChannelStock.Report[] written = stock.write(d, distributorId, sold, productIds, reports, warehouses, sellIn,
				stockRows);
		sellIn.copyInto(connection, "bench_sell_in (" + ChannelStock.SELL_IN_COLUMNS + ")");
		stockRows.copyInto(connection, "bench_stock (" + ChannelStock.STOCK_COLUMNS + ")");
		long sellInLines = jdbc
			.sql("insert into sell_in_lines (" + ChannelStock.SELL_IN_COLUMNS + ") select "
					+ ChannelStock.SELL_IN_COLUMNS + " from bench_sell_in")
			.update();
		long stockLines = jdbc
			.sql("insert into stock_lines (" + ChannelStock.STOCK_COLUMNS + ") select " + ChannelStock.STOCK_COLUMNS
					+ " from bench_stock")
			.update();
		for (int m = 0; m < reports.length; m++) {
			jdbc.sql("update sellout_reports set lines = ?, accepted_lines = ?, accepted_quantity = ? where id = ?")
				.params(written[m].lines(), written[m].lines(), written[m].quantity(), reports[m])
				.update();
		}
		return new long[] { sellInLines, stockLines };
	}

	private static CopyIn copy(Connection connection, String table) {
		try {
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The planner's statistics and the visibility map, as autovacuum would leave them.
	 */
	private static void analyze(ApplicationContext context) {
		DataSource owner = context.getBean(EmbeddedDatabaseServer.class).ownerDataSource();
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : List.of("sellout_lines", "sellout_reports", "stock_lines", "sell_in_lines", "products",
					"product_groups", "clients", "client_assignments")) {
				statement.execute("vacuum analyze " + table);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A content hash unique per distributor, kind and month (the table's identity of a
	 * file).
	 */
	private static String sha256(DatasetPlan plan, int d, String kind, YearMonth month) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(("channel-dataset:" + plan.size.seed() + ":" + d + ":" + kind + ":" + month)
						.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void step(String name, long started) {
		System.out.printf(Locale.ROOT, "  %-28s done after %6.1f s%n", name, (System.nanoTime() - started) / 1e9);
	}

}
