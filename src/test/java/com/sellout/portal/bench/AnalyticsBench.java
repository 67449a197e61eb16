package com.sellout.portal.bench;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.analytics.internal.RollupsForBench;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.sellout.Channel;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.Receiving;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Analytics over the shared channel dataset (default 3 distributors × 2,000 products × 36
 * months, 10 M sell-out lines, 5,000 clients): builds the dataset (its lines written by
 * COPY, with no events) and fills the rollups by refreshing every report through the
 * maintenance path, timed; (a) times the rollups' update after a new 100,000-line report
 * imported through the door (the events' listener) and the refresh alone; (b) times every
 * widget of the dashboard as {@code SalesFigures} answers it from the rollups and the
 * same widgets computed straight from the lines, with the ratio. Run with
 * {@code bench/analytics.sh}.
 */
public final class AnalyticsBench {

	private static final String[] ROLLUPS = { "sales_by_product", "sales_by_place", "sales_by_product_place",
			"sales_by_client", "sales_by_client_product", "sales_below_floor", "analytics_reports" };

	private AnalyticsBench() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args.length > 0 ? args[0] : "full";
		boolean smoke = mode.equals("smoke");
		// quarter: the full catalog and clients over 3 months, 1 M lines — reports of the
		// full size's (about 100,000 lines each) in a minute of loading
		ChannelDataset.Size size = switch (mode) {
			case "smoke" -> ChannelDataset.Size.smoke();
			case "quarter" -> new ChannelDataset.Size(3, 2_000, 3, YearMonth.of(2025, 10), 1_000_000, 5_000, 16);
			default -> ChannelDataset.Size.full();
		};
		boolean kept = args.length > 1 && !args[1].isBlank();
		Path dataDir = kept ? Path.of(args[1]) : Files.createTempDirectory("analytics-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=" + !kept,
					"--portal.database.durable=false", "--logging.level.root=warn",
					"--logging.level.com.sellout.portal.analytics=info"))) {
			System.out.printf(Locale.ROOT, "analytics benchmark: %d cores, max heap %d MB, %s%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024,
					smoke ? "smoke size" : "full size");
			ChannelDataset.Loaded data = ChannelDataset.existing(context, size);
			if (data == null) {
				data = ChannelDataset.load(context, size);
			}
			else {
				System.out.printf(Locale.ROOT, "channel dataset kept in %s: %,d sell-out lines%n", dataDir,
						data.sellOutLines());
			}
			RollupsForBench rollups = new RollupsForBench(context);
			fill(context, rollups);
			update(context, data, smoke ? 20_000 : 100_000);
			new AnalyticsWidgets(context, data, smoke).all();
		}
	}

	/**
	 * Every active sell-out report refreshed through the maintenance path, one after the
	 * other: how the rollups of a database loaded without events are filled (a kept
	 * database may have been filled at start already — those answer "unchanged").
	 */
	private static void fill(ConfigurableApplicationContext context, RollupsForBench rollups) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		List<Long> reports = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
			.sql("select id from sellout_report_states where kind = 'SELLOUT' and status = any(?)" + " order by id")
			.param(ReportStatus.names(ReportStatus.ACTIVE))
			.query(Long.class)
			.list());
		long started = System.nanoTime();
		long[] nanos = new long[reports.size()];
		int refreshed = 0;
		for (int i = 0; i < reports.size(); i++) {
			long one = System.nanoTime();
			refreshed += rollups.refresh(reports.get(i)) ? 1 : 0;
			nanos[i] = System.nanoTime() - one;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"rollups filled: %d reports (%d refreshed, %d unchanged) in %.1f s, per report p50 %.0f ms, max %.0f ms%n",
				reports.size(), refreshed, reports.size() - refreshed, seconds,
				nanos.length == 0 ? 0 : nanos[nanos.length / 2] / 1e6,
				nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
		JdbcClient owner = JdbcClient.create(context.getBean(EmbeddedDatabaseServer.class).ownerDataSource());
		for (String table : ROLLUPS) {
			owner.sql("vacuum analyze " + table).update();
			System.out.printf(Locale.ROOT, "  %-26s %,10d rows, %s%n", table,
					transactions.callAs(DataScope.ALL_DISTRIBUTORS,
							() -> jdbc.sql("select count(*) from " + table).query(Long.class).single()),
					owner.sql("select pg_size_pretty(pg_total_relation_size(?::regclass))")
						.param(table)
						.query(String.class)
						.single());
		}
	}

	/**
	 * A new report of {@code lines} lines imported through the door as ALFA's (the CSV of
	 * the import benchmark, September 2026): the time from its acceptance until the
	 * events' listener has the rollups hold it; then the refresh alone, five times.
	 */
	private static void update(ConfigurableApplicationContext context, ChannelDataset.Loaded data, int lines) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		List<String[]> clients = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
			.sql("select inn, coalesce(kpp, ''), name, coalesce(address, '') from clients order by inn limit 60")
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.list());
		List<String[]> products = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select sku, name, coalesce(list_price, 1000)::text from products order by sku")
					.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
					.list());
		long distributor = data.distributors().keySet().iterator().next();
		// a document number of this run's own: new bytes, a new report (not the one a run
		// before sent)
		Charset charset = Charset.forName("windows-1251");
		byte[] csv = new String(SellOutImportBench.csv(lines, clients, products), charset)
			.replaceFirst(";BT-0;", ";BT-" + System.currentTimeMillis() + ";")
			.getBytes(charset);
		SellOutIntake intake = context.getBean(SellOutIntake.class);
		long started = System.nanoTime();
		SellOutReport report = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, distributor, Channel.API, "analytics-bench.csv", null, csv, YearMonth.of(2026, 9),
							null, Duration.ofHours(1))
					.report());
		long accepted = System.nanoTime();
		long id = report.id();
		while (!held(transactions, jdbc, id)) {
			pause(5);
			if (System.nanoTime() - accepted > Duration.ofMinutes(5).toNanos()) {
				throw new IllegalStateException("the rollups never held report " + id);
			}
		}
		long rolled = System.nanoTime();
		System.out.printf(Locale.ROOT,
				"(a) a new report of %,d lines (%s, %,d accepted): imported in %.1f s; rollups held it %.2f s after%n",
				lines, report.status(), report.acceptedLines(), (accepted - started) / 1e9, (rolled - accepted) / 1e9);
		alone(context, id, "that report");
		long largest = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("""
						select id from sellout_report_states s where kind = 'SELLOUT' and status = any(?) and id <> ?
						 order by (select count(*) from sellout_sales l where l.report_id = s.id) desc limit 1""")
					.params(ReportStatus.names(ReportStatus.ACTIVE), id)
					.query(Long.class)
					.single());
		alone(context, largest, "the dataset's largest report");
	}

	/**
	 * The refresh of one report timed alone, five times (the rollups made to forget the
	 * revision they hold each time): its old rows deleted, the new ones written.
	 */
	private static void alone(ConfigurableApplicationContext context, long reportId, String which) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		RollupsForBench rollups = new RollupsForBench(context);
		long lines = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select count(*) from sellout_sales where report_id = ?")
					.param(reportId)
					.query(Long.class)
					.single());
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("update analytics_reports set revision = -1 where report_id = ?")
						.param(reportId)
						.update());
			long one = System.nanoTime();
			rollups.refresh(reportId);
			seconds.add((System.nanoTime() - one) / 1e9);
		}
		System.out.printf(Locale.ROOT, "(a) the refresh alone of %s (%,d lines), 5 times: %s s (goal under 2 s)%n",
				which, lines, seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
	}

	/** Whether the rollups hold the report at its current revision. */
	private static boolean held(ScopedTransactions transactions, JdbcClient jdbc, long reportId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select exists (select 1 from analytics_reports a join sellout_report_states s on s.id = a.report_id
				                where a.report_id = ? and a.revision = s.revision)""")
			.param(reportId)
			.query(Boolean.class)
			.single());
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
