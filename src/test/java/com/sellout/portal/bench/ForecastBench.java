package com.sellout.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.analytics.internal.RollupsForBench;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.SalesForecasts;
import com.sellout.portal.forecasting.internal.ForecastingSettings;
import com.sellout.portal.forecasting.internal.Refit;
import com.sellout.portal.inventory.internal.Recomputation;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.PortalHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forecasts over the shared channel dataset (default 3 distributors × 2,000 products × 36
 * months; smoke: 3 × 200 × 24): builds it or reuses a kept data directory, fills the
 * sales rollups and the channel inventory through their own paths (the dataset is written
 * by COPY, with no events), then (a) a full refit through the refit's own path — every
 * series read, fitted and backtested on the bounded pool, stored — timed, with the series
 * per second; (b) a refit with nothing changed (the fingerprints only); (c) the API's
 * answers from the stored forecasts, p50 / p95, for one series, a group and all, the
 * forecast and the sell-in plan; (e) the page {@code /forecast} itself, as a logged-in
 * browser asks it, for one series, a group of all distributors, one distributor's all
 * products and everything. The jobs are off: nothing else refits meanwhile. Run with
 * {@code bench/forecast.sh}.
 */
public final class ForecastBench {

	private ForecastBench() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args.length > 0 ? args[0] : "full";
		boolean smoke = mode.equals("smoke");
		ChannelDataset.Size size = smoke ? new ChannelDataset.Size(3, 200, 24, YearMonth.of(2023, 1), 120_000, 600, 16)
				: ChannelDataset.Size.full();
		boolean kept = args.length > 1 && !args[1].isBlank();
		Path dataDir = kept ? Path.of(args[1]) : Files.createTempDirectory("forecast-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=" + !kept,
					"--portal.database.durable=false", "--portal.jobs.enabled=false", "--logging.level.root=warn",
					"--logging.level.com.sellout.portal.forecasting=warn"))) {
			int pool = context.getBean(ForecastingSettings.class).poolSize();
			System.out.printf(Locale.ROOT, "forecast benchmark: %d cores, refit pool %d threads, max heap %d MB, %s%n",
					Runtime.getRuntime().availableProcessors(), pool, Runtime.getRuntime().maxMemory() / 1024 / 1024,
					smoke ? "smoke size" : "full size");
			ChannelDataset.Loaded data = ChannelDataset.existing(context, size);
			if (data == null) {
				data = ChannelDataset.load(context, size);
				System.out.printf(Locale.ROOT, "channel dataset loaded: %,d sell-out lines in %.1f s%n",
						data.sellOutLines(), data.seconds());
			}
			else {
				System.out.printf(Locale.ROOT, "channel dataset kept in %s: %,d sell-out lines%n", dataDir,
						data.sellOutLines());
			}
			prepare(context);
			refit(context);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			asks(context, data, PortalHttp.at("http://localhost:" + port));
			pages(data, PortalHttp.at("http://localhost:" + port).loggedInAs("analyst", "demo"));
		}
	}

	/** The rollups and the channel inventory, where the kept database lacks them. */
	private static void prepare(ConfigurableApplicationContext context) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		List<Long> reports = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("""
						select id from sellout_report_states s where kind = 'SELLOUT' and status = any(?)
						   and not exists (select 1 from analytics_reports r where r.report_id = s.id) order by id""")
					.param(ReportStatus.names(ReportStatus.ACTIVE))
					.query(Long.class)
					.list());
		long started = System.nanoTime();
		RollupsForBench rollups = new RollupsForBench(context);
		reports.forEach(rollups::refresh);
		System.out.printf(Locale.ROOT, "rollups: %d reports refreshed in %.1f s%n", reports.size(),
				(System.nanoTime() - started) / 1e9);
		boolean inventory = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select exists (select 1 from channel_inventory)").query(Boolean.class).single());
		if (!inventory) {
			started = System.nanoTime();
			context.getBean(Recomputation.class).recomputeAll();
			System.out.printf(Locale.ROOT, "channel inventory computed in %.1f s%n",
					(System.nanoTime() - started) / 1e9);
		}
	}

	/**
	 * (a) every stored forecast dropped, then the full refit; (b) again, nothing changed.
	 */
	private static void refit(ConfigurableApplicationContext context) {
		ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Refit refit = context.getBean(Refit.class);
		transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("delete from forecast_series").update());
		long started = System.nanoTime();
		Refit.Outcome full = refit.refitAll();
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"(a) full refit: %,d series, %,d fitted and backtested in %.1f s: %.1f series/s%n", full.series(),
				full.refitted(), seconds, full.refitted() / seconds);
		transactions
			.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
					select method, count(*) from forecast_series where latest group by method order by 2 desc""")
				.query((rs, n) -> String.format(Locale.ROOT, "    %-28s %,7d series", rs.getString(1), rs.getLong(2)))
				.list())
			.forEach(System.out::println);
		started = System.nanoTime();
		Refit.Outcome again = refit.refitAll();
		System.out.printf(Locale.ROOT, "(b) refit with nothing changed: %,d series, %d fitted, in %.1f s%n",
				again.series(), again.refitted(), (System.nanoTime() - started) / 1e9);
	}

	/**
	 * (c) what a page asks, in process as the manufacturer's scope (no HTTP, no password
	 * check): the forecast and the sell-in plan of one series, a group and all.
	 */
	private static void inProcess(ConfigurableApplicationContext context, ChannelDataset.Loaded data) {
		SalesForecasts forecasts = context.getBean(SalesForecasts.class);
		List<Long> ids = new ArrayList<>(data.distributors().keySet());
		List<Long> groups = new ArrayList<>(data.groups().values());
		List<String> skus = data.skus();
		System.out.printf(Locale.ROOT, "(c) in process (SalesForecasts, the manufacturer's scope), %d calls each:%n",
				PageTimes.RUNS);
		time("forecast: one series", i -> forecasts.forecast(
				new ForecastRequest(ids.get(i % ids.size()), skus.get(i * 7 % skus.size()), null, 12, null, null)));
		time("forecast: a group, all distributors", i -> forecasts
			.forecast(new ForecastRequest(null, null, groups.get(i % groups.size()), 12, null, null)));
		time("forecast: all products and distributors",
				i -> forecasts.forecast(new ForecastRequest(null, null, null, 12, null, null)));
		time("sell-in: one series", i -> forecasts
			.sellIn(new ForecastRequest(ids.get(i % ids.size()), skus.get(i * 7 % skus.size()), null, 12, null, null)));
		time("sell-in: a group, all distributors",
				i -> forecasts.sellIn(new ForecastRequest(null, null, groups.get(i % groups.size()), 12, null, null)));
		time("sell-in: all products and distributors (the factory plan)",
				i -> forecasts.sellIn(new ForecastRequest(null, null, null, 12, null, null)));
	}

	private static void time(String name, IntFunction<Object> call) {
		DataScopes.runAs(DataScope.ALL_DISTRIBUTORS, () -> {
			for (int i = 0; i < PageTimes.WARM_UP; i++) {
				call.apply(i);
			}
			long[] nanos = new long[PageTimes.RUNS];
			for (int i = 0; i < nanos.length; i++) {
				long start = System.nanoTime();
				call.apply(i);
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf(Locale.ROOT, "%-58s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", name,
					nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6,
					nanos[nanos.length - 1] / 1e6);
		});
	}

	/**
	 * (e) the page {@code /forecast} itself as a browser asks it — a GET with the
	 * logged-in session's cookie, the whole HTML rendered — for the four selections a
	 * user makes: one series, a group of all distributors, one distributor's all
	 * products, and all distributors and products (the manufacturer's first view).
	 */
	private static void pages(ChannelDataset.Loaded data, PortalHttp browser) {
		List<String> codes = new ArrayList<>(data.distributors().values());
		List<Long> groups = new ArrayList<>(data.groups().values());
		List<String> skus = data.skus();
		List<String> series = new ArrayList<>();
		List<String> group = new ArrayList<>();
		List<String> distributor = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			series
				.add("/forecast?distributor=" + codes.get(i % codes.size()) + "&sku=" + skus.get(i * 7 % skus.size()));
			group.add("/forecast?group=" + groups.get(i % groups.size()));
		}
		codes.forEach(code -> distributor.add("/forecast?distributor=" + code));
		System.out.printf(Locale.ROOT,
				"(e) the page /forecast (logged-in session), %d asks each after %d to warm up:%n", PageTimes.RUNS,
				PageTimes.WARM_UP);
		PageTimes.measure("/forecast: one series", series, browser::get);
		PageTimes.measure("/forecast: a group, all distributors", group, browser::get);
		PageTimes.measure("/forecast: one distributor, all products", distributor, browser::get);
		PageTimes.measure("/forecast: all distributors and products", List.of("/forecast"), browser::get);
	}

	/** (d) the API from the stored forecasts, as the analyst (HTTP Basic). */
	private static void asks(ConfigurableApplicationContext context, ChannelDataset.Loaded data, PortalHttp http) {
		List<String> codes = new ArrayList<>(data.distributors().values());
		List<Long> groups = new ArrayList<>(data.groups().values());
		List<String> skus = data.skus();
		List<String> series = new ArrayList<>();
		List<String> group = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			series.add("?distributor=" + codes.get(i % codes.size()) + "&sku=" + skus.get(i * 7 % skus.size())
					+ "&horizon=12");
			group.add("?group=" + groups.get(i % groups.size()) + "&horizon=12");
		}
		List<String> all = List.of("?horizon=12", "?horizon=24");
		inProcess(context, data);
		System.out.printf(Locale.ROOT, "(d) the API from the stored forecasts, %d asks each after %d to warm up:%n",
				PageTimes.RUNS, PageTimes.WARM_UP);
		PageTimes.measure("/api/v1/me (Basic authentication's own cost)", List.of("/api/v1/me"),
				p -> http.api(p, "analyst", "demo"));
		for (String path : List.of("/api/v1/forecasts", "/api/v1/forecasts/sell-in")) {
			PageTimes.measure(path + ": one series", series.stream().map(q -> path + q).toList(),
					p -> http.api(p, "analyst", "demo"));
			PageTimes.measure(path + ": a group, all distributors", group.stream().map(q -> path + q).toList(),
					p -> http.api(p, "analyst", "demo"));
			PageTimes.measure(path + ": all products and distributors", all.stream().map(q -> path + q).toList(),
					p -> http.api(p, "analyst", "demo"));
		}
	}

}
