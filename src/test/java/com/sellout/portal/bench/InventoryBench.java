package com.sellout.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.inventory.internal.Recomputation;
import com.sellout.portal.shared.Sha256;
import com.sellout.portal.support.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The channel inventory over the shared channel dataset (default 3 distributors × 2,000
 * products × 36 months, 10 M sell-out lines, monthly stock and sell-in): builds the
 * dataset, recomputes every distributor's inventory, then asks the inventory page and API
 * as users do. Run with {@code bench/channel-inventory.sh}.
 */
public final class InventoryBench {

	private InventoryBench() {
	}

	public static void main(String[] args) throws Exception {
		ChannelDataset.Size size = args.length > 0 && args[0].equals("smoke") ? ChannelDataset.Size.smoke()
				: ChannelDataset.Size.full()
					.withLines(args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000);
		boolean kept = args.length > 1 && !args[1].isBlank();
		Path dataDir = kept ? Path.of(args[1]) : Files.createTempDirectory("inventory-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=" + !kept,
					"--portal.database.durable=false", "--logging.level.root=warn"))) {
			System.out.printf(Locale.ROOT, "channel inventory benchmark: %d cores, max heap %d MB%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
			ChannelDataset.Loaded data = ChannelDataset.existing(context, size);
			if (data == null) {
				data = ChannelDataset.load(context, size);
			}
			else {
				System.out.printf(Locale.ROOT, "channel dataset kept in %s: %,d sell-out lines%n", dataDir,
						data.sellOutLines());
			}
			check(context, data);
			if (kept) {
				awaitFillAtStart(context);
			}
			recompute(context, data);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			System.out.printf(Locale.ROOT, "times of %d asks each after %d to warm up, over %d months:%n",
					PageTimes.RUNS, PageTimes.WARM_UP, Math.min(12, data.size().months()));
			new InventoryAsks(data, port, bearerToken(context, data)).all();
		}
	}

	/**
	 * Every distributor's inventory computed again from its first month, one after the
	 * other, as the portal does when its figures change (the module's write side).
	 */
	private static void recompute(ConfigurableApplicationContext context, ChannelDataset.Loaded data) {
		Recomputation recomputation = context.getBean(Recomputation.class);
		long all = System.nanoTime();
		int total = 0;
		for (Map.Entry<Long, String> distributor : data.distributors().entrySet()) {
			long started = System.nanoTime();
			int rows = recomputation.recompute(distributor.getKey(), null);
			total += rows;
			System.out.printf(Locale.ROOT, "recompute %-6s %,8d rows in %6.1f s%n", distributor.getValue(), rows,
					(System.nanoTime() - started) / 1e9);
		}
		System.out.printf(Locale.ROOT, "recompute, all %d distributors: %,d rows in %.1f s%n",
				data.distributors().size(), total, (System.nanoTime() - all) / 1e9);
		// what a new report or a sell-in correction of the last month costs: the
		// listeners
		// recompute from the affected month on
		for (Map.Entry<Long, String> distributor : data.distributors().entrySet()) {
			long started = System.nanoTime();
			int rows = recomputation.recompute(distributor.getKey(), data.size().lastMonth());
			System.out.printf(Locale.ROOT, "recompute %-6s from %s: %,8d rows in %6.1f s%n", distributor.getValue(),
					data.size().lastMonth(), rows, (System.nanoTime() - started) / 1e9);
		}
		analyze(context, "channel_inventory");
	}

	/**
	 * A kept database whose inventory is still empty is filled by the portal itself at
	 * start, in the background: waited for, so that it does not run beside the timings.
	 */
	private static void awaitFillAtStart(ConfigurableApplicationContext context) throws InterruptedException {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		Thread.sleep(2000);
		while (transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select count(*) from pg_locks where locktype = 'advisory'")
					.query(Long.class)
					.single()) > 0) {
			Thread.sleep(1000);
		}
	}

	/**
	 * A token of the first distributor's integration account ({@code <code>.1c}), stored
	 * as the account page would store it: the API without the password check of Basic
	 * authentication (a deliberately slow hash) on every call.
	 */
	private static String bearerToken(ConfigurableApplicationContext context, ChannelDataset.Loaded data) {
		String token = IntegrationAccounts.TOKEN_PREFIX + "bench" + System.nanoTime();
		String login = data.distributors().values().iterator().next().toLowerCase(Locale.ROOT) + ".1c";
		context.getBean(ScopedTransactions.class)
			.runAs(DataScope.ALL_DISTRIBUTORS,
					() -> context.getBean(JdbcClient.class)
						.sql("""
								insert into api_tokens (user_id, distributor_id, name, token_hash, hint, created_by)
								select id, distributor_id, 'bench', ?, 'bnch', 'bench' from users where login = ?""")
						.params(Sha256.hex(token), login)
						.update());
		return token;
	}

	private static void analyze(ConfigurableApplicationContext context, String table) {
		JdbcClient.create(context.getBean(EmbeddedDatabaseServer.class).ownerDataSource())
			.sql("vacuum analyze " + table)
			.update();
	}

	/**
	 * How far each distributor's reported stock is from last month's reported stock plus
	 * sell-in minus sell-out, product by product, in a month halfway through: the gaps
	 * the inventory will show.
	 */
	private static void check(ConfigurableApplicationContext context, ChannelDataset.Loaded data) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		var month = data.size().firstMonth().plusMonths(data.size().months() / 2);
		context.getBean(ScopedTransactions.class)
			.runAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("""
								with closing as (
								    select distributor_id, sku, sum(quantity) filter (where as_of >= :month) as now,
								           sum(quantity) filter (where as_of < :month) as before
								      from stock_levels where as_of between :month - interval '1 month' and :month + interval '1 month' - interval '1 day'
								     group by distributor_id, sku),
								     sell_in as (
								    select distributor_id, sku, sum(quantity) as quantity from sell_in_shipments
								     where document_date >= :month and document_date < :month + interval '1 month' group by distributor_id, sku),
								     sell_out as (
								    select distributor_id, sku, sum(quantity) as quantity from sellout_sales
								     where period = :month group by distributor_id, sku)
								select d.code, count(*) as products,
								       count(*) filter (where coalesce(c.now, 0) = coalesce(c.before, 0) + coalesce(i.quantity, 0) - coalesce(o.quantity, 0)) as exact,
								       round(avg(abs(coalesce(c.now, 0) - (coalesce(c.before, 0) + coalesce(i.quantity, 0) - coalesce(o.quantity, 0)))), 1) as mean_gap,
								       count(*) filter (where coalesce(c.now, 0) > 0 and coalesce(o.quantity, 0) = 0) as unsold_in_stock,
								       count(*) filter (where coalesce(c.now, 0) = 0) as out_of_stock
								  from closing c
								  full join sell_in i using (distributor_id, sku)
								  full join sell_out o using (distributor_id, sku)
								  join distributors d on d.id = coalesce(c.distributor_id, i.distributor_id, o.distributor_id)
								 group by d.code order by d.code""")
						.param("month", month.atDay(1))
						.query((rs, n) -> {
							System.out.printf(Locale.ROOT,
									"  %s %s: %,d products, %,d with reported = reported before + sell-in − sell-out, mean |gap| %s, %,d in stock unsold, %,d out of stock%n",
									rs.getString(1), month, rs.getLong(2), rs.getLong(3), rs.getString(4),
									rs.getLong(5), rs.getLong(6));
							return null;
						})
						.list());
	}

}
