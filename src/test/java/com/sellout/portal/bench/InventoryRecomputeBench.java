package com.sellout.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.inventory.ChannelInventory;
import com.sellout.portal.support.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the channel inventory's write side takes: a full recompute of one distributor
 * and a recompute of its last month, over generated figures of the issue's size (default
 * 3 distributors × 2,000 products × 36 months, 10 M sell-out lines, a closing stock
 * report and sell-in of every product every month), written straight into the tables by
 * SQL (fast to make; the shared channel dataset of {@code bench/channel-inventory.sh} is
 * the realistic one). Run with {@code bench/inventory-recompute.sh [lines] [products]}.
 */
public final class InventoryRecomputeBench {

	private static final int DISTRIBUTORS = 3;

	private static final int MONTHS = 36;

	private static final YearMonth FIRST = YearMonth.of(2023, 1);

	private InventoryRecomputeBench() {
	}

	public static void main(String[] args) throws Exception {
		long lines = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000;
		int products = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		Path dataDir = Files.createTempDirectory("inventory-recompute-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=false", "--portal.database.data-dir=" + dataDir,
					"--portal.database.clean=true", "--portal.database.durable=true", "--logging.level.root=warn",
					"--logging.level.com.sellout.portal.inventory=debug"))) {
			System.out.printf(Locale.ROOT, "inventory recompute benchmark: %d cores, max heap %d MB%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
			List<Long> distributors = Measured.run("generate figures",
					() -> transactions.callAs(DataScope.ALL_DISTRIBUTORS,
							() -> generate(jdbc, lines / (DISTRIBUTORS * MONTHS), products)),
					ids -> "%,d lines, %d products".formatted(lines, products))
				.result();
			// the statistics autovacuum would gather soon after a load (only the owner
			// may)
			JdbcClient.create(context.getBean(EmbeddedDatabaseServer.class).ownerDataSource())
				.sql("vacuum analyze")
				.update();
			ChannelInventory inventory = context.getBean(ChannelInventory.class);
			long one = distributors.get(0);
			for (int run = 1; run <= 3; run++) {
				Measured.run("full recompute, one distributor #" + run, () -> inventory.recompute(one, null),
						rows -> "%,d rows".formatted(rows));
			}
			for (int run = 1; run <= 3; run++) {
				Measured.run("last month only #" + run, () -> inventory.recompute(one, FIRST.plusMonths(MONTHS - 1)),
						rows -> "%,d rows".formatted(rows));
			}
			Measured.run("every distributor", () -> {
				inventory.recomputeAll();
				return null;
			}, none -> "");
		}
	}

	/**
	 * Distributors, products, and per distributor and month a sell-out report of
	 * {@code perReport} lines spread over the products and the month's days, a closing
	 * stock report and a sell-in document of every product; the distributors' ids.
	 */
	private static List<Long> generate(JdbcClient jdbc, long perReport, int products) {
		jdbc.sql("""
				insert into products (sku, name, list_price)
				select 'B-' || lpad(g::text, 6, '0'), 'Товар ' || g, 100 + g % 900 from generate_series(1, ?) g""")
			.param(products)
			.update();
		List<Long> ids = new ArrayList<>();
		for (int d = 1; d <= DISTRIBUTORS; d++) {
			long id = jdbc.sql("insert into distributors (code, name, inn) values (?, ?, ?) returning id")
				.params("BENCH" + d, "ООО Бенч " + d, "77000000" + d + "0")
				.query(Long.class)
				.single();
			ids.add(id);
			for (int m = 0; m < MONTHS; m++) {
				LocalDate month = FIRST.plusMonths(m).atDay(1);
				LocalDate last = FIRST.plusMonths(m).atEndOfMonth();
				long report = report(jdbc, id, month, "SELLOUT", null);
				jdbc.sql(
						"""
								insert into sellout_lines (report_id, line_no, distributor_id, accepted, sale_date, client_name, sku,
								                           quantity, unit, price_net, amount_net, currency)
								select ?, g, ?, true, cast(? as date) + cast(g % ? as integer), 'Покупатель ' || (g % 3000),
								       'B-' || lpad((1 + g % ?)::text, 6, '0'), 1 + g % 5, 'шт', 100, 100 * (1 + g % 5), 'RUB'
								  from generate_series(1, ?) g""")
					.params(report, id, month, last.getDayOfMonth(), products, perReport)
					.update();
				long stock = report(jdbc, id, month, "STOCK", last);
				jdbc.sql("""
						insert into stock_lines (report_id, line_no, distributor_id, accepted, sku, quantity, unit)
						select ?, g, ?, true, 'B-' || lpad(g::text, 6, '0'), (g * 7 + ?) % 300, 'шт'
						  from generate_series(1, ?) g""").params(stock, id, m, products).update();
				jdbc.sql(
						"""
								insert into sell_in_lines (distributor_id, document_no, document_date, line_no, product_id, quantity,
								                           amount)
								select ?, ?, ?, row_number() over (order by p.id), p.id, 10 + p.id % 40, 1000 from products p""")
					.params(id, "SI-" + d + "-" + m, month.plusDays(4))
					.update();
			}
		}
		return ids;
	}

	private static long report(JdbcClient jdbc, long distributorId, LocalDate period, String kind, LocalDate asOf) {
		return jdbc
			.sql("""
					insert into sellout_reports (distributor_id, period, version, status, source, content_sha256, size_bytes,
					                             kind, as_of, processed_at)
					values (?, ?, 1, 'ACCEPTED', 'API', md5(random()::text) || md5(random()::text), 1, ?, ?, now())
					returning id""")
			.params(distributorId, period, kind, asOf)
			.query(Long.class)
			.single();
	}

}
