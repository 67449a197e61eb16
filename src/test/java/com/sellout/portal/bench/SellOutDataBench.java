package com.sellout.portal.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.sellout.SellOutData;
import com.sellout.portal.sellout.SellOutData.DataFilter;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.support.FreePorts;
import org.postgresql.PGConnection;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The sell-out data view over N accepted lines (default 5,000,000: 3 distributors × 12
 * months of active reports), each case asked 30 times after 5 warm-up asks: the totals of
 * the selection and its first page of 50, as the page does. Run with
 * {@code bench/sellout-data.sh}.
 */
public final class SellOutDataBench {

	private static final String[] REGIONS = { "02", "16", "23", "24", "25", "38", "50", "52", "54", "61", "63", "66",
			"74", "77", "78" };

	private static final String[] SEGMENTS = { "DEALER", "RETAIL", "INSTALLER", "DESIGN_INSTITUTE", "END_CUSTOMER",
			"DEVELOPER" };

	private SellOutDataBench() {
	}

	public static void main(String[] args) throws Exception {
		int total = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
		Path dataDir = Files.createTempDirectory("sellout-data-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=true",
					"--portal.database.durable=false", "--logging.level.root=warn"))) {
			ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<Long> distributors = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select id from distributors order by code").query(Long.class).list());
			List<String> skus = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select sku from products order by sku").query(String.class).list());
			long started = System.nanoTime();
			int perReport = total / (distributors.size() * 12);
			for (long distributor : distributors) {
				for (int month = 1; month <= 12; month++) {
					load(context, distributor, YearMonth.of(2025, month), perReport, skus);
				}
			}
			try (Connection owner = context.getBean("flywayDataSource", DataSource.class).getConnection();
					Statement statement = owner.createStatement()) {
				statement.execute("vacuum analyze sellout_lines");
				statement.execute("analyze sellout_reports");
			}
			System.out.printf(Locale.ROOT,
					"sell-out data view benchmark: %,d lines loaded in %.0f s; %d cores, max heap %d MB%n",
					perReport * distributors.size() * 12, (System.nanoTime() - started) / 1e9,
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
			SellOutData data = context.getBean(SellOutData.class);
			long alfa = distributors.get(0);
			DataScope all = DataScope.ALL_DISTRIBUTORS;
			measure("one distributor, one month", transactions, all, data, new DataFilter(YearMonth.of(2025, 6),
					YearMonth.of(2025, 6), alfa, null, null, null, null, null, false));
			measure("all distributors, a quarter", transactions, all, data, new DataFilter(YearMonth.of(2025, 4),
					YearMonth.of(2025, 6), null, null, null, null, null, null, false));
			measure("one month, deviations only", transactions, all, data, new DataFilter(YearMonth.of(2025, 3),
					YearMonth.of(2025, 3), null, null, null, null, null, null, true));
			measure("one month, one region and SKU", transactions, all, data, new DataFilter(YearMonth.of(2025, 9),
					YearMonth.of(2025, 9), null, null, null, skus.get(5), "77", null, false));
			measure("a distributor's own, one month, client", transactions, DataScope.distributor(alfa), data,
					new DataFilter(YearMonth.of(2025, 2), YearMonth.of(2025, 2), alfa, "Клиент 12", null, null, null,
							null, false));
			measure("everything, no filter", transactions, all, data,
					new DataFilter(null, null, null, null, null, null, null, null, false));
		}
	}

	static void load(ConfigurableApplicationContext context, long distributor, YearMonth month, int lines,
			List<String> skus) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataSource dataSource = context.getBean(DataSource.class);
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			long report = jdbc
				.sql("""
						insert into sellout_reports (distributor_id, period, version, status, source, file_name, content_sha256,
						                             size_bytes, format, lines, accepted_lines)
						values (?, ?, 1, 'ACCEPTED', 'API', 'bench.csv', md5(random()::text) || md5(random()::text), 0, 'CSV', ?, ?)
						returning id""")
				.params(distributor, month.atDay(1), lines, lines)
				.query(Long.class)
				.single();
			StringBuilder copy = new StringBuilder(lines * 160);
			for (int i = 0; i < lines; i++) {
				int client = (int) ((i * 7919L + distributor * 31) % 3000);
				LocalDate date = month.atDay(1 + i % month.lengthOfMonth());
				int quantity = 1 + i % 20;
				long price = 50_000 + (i * 104_729L) % 2_000_000;
				boolean below = i % 20 == 0;
				copy.append(report)
					.append('\t')
					.append(i + 1)
					.append('\t')
					.append(distributor)
					.append("\tf\tt\t")
					.append(date)
					.append("\tDOC-")
					.append(i / 5)
					.append('\t')
					.append(String.format("77%08d", client))
					.append("\t\\N\tООО \"Клиент ")
					.append(client)
					.append("\"\t")
					.append(SEGMENTS[client % SEGMENTS.length])
					.append('\t')
					.append(REGIONS[client % REGIONS.length])
					.append("\t\\N\t\\N\t")
					.append(skus.get(i % skus.size()))
					.append("\t\\N\t\\N\tТовар\t")
					.append(quantity)
					.append("\tшт\t")
					.append(price / 100)
					.append('.')
					.append(String.format("%02d", price % 100))
					.append('\t')
					.append(price * quantity / 100)
					.append('.')
					.append(String.format("%02d", price * quantity % 100))
					.append("\t22\tRUB\t\\N\t\\N\t")
					.append(below ? "1000.00\t12.50" : "\\N\t\\N")
					.append("\t\\N\t\\N\n");
			}
			try {
				Connection connection = DataSourceUtils.getConnection(dataSource);
				try (Statement statement = connection.createStatement()) {
					statement.execute("set local role sellout_app_loader");
				}
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("""
							copy sellout_lines (report_id, line_no, distributor_id, out_of_period, accepted, sale_date, document_no,
							  client_inn, client_kpp, client_name, client_segment, region_code, city, delivery_address, sku,
							  distributor_sku, ean, product_name, quantity, unit, price_net, amount_net, vat_rate, currency,
							  warehouse, project, floor_price, below_floor_pct, problems, source) from stdin""",
							new ByteArrayInputStream(copy.toString().getBytes(StandardCharsets.UTF_8)));
				try (Statement statement = connection.createStatement()) {
					statement.execute("reset role");
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static void measure(String name, ScopedTransactions transactions, DataScope scope, SellOutData data,
			DataFilter filter) {
		Supplier<Long> ask = () -> transactions.callAs(scope, () -> {
			SellOutData.Totals totals = data.totals(filter);
			data.find(filter, new ListQuery(null, "sale_date", true, 0, 50), totals.lines());
			return totals.lines();
		});
		long lines = 0;
		for (int i = 0; i < 5; i++) {
			lines = ask.get();
		}
		double[] millis = new double[30];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			ask.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "%-42s %,10d lines selected   p50 %6.0f ms   p95 %6.0f ms%n", name, lines,
				millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1]);
	}

}
