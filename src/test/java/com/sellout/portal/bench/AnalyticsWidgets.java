package com.sellout.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.RollupsForBench;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.Region;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard's widgets as {@link SalesFigures} answers them — totals against the range
 * before and a year earlier, the trend by month stacked by distributor and by group, the
 * breakdowns by distributor, group, product, region, segment and client — over the last
 * 12 months of the dataset: for the manufacturer, for the manufacturer filtered by a
 * region and a group, and for one distributor. Each widget is timed {@link #RUNS} times
 * after {@link #WARM_UP} unmeasured (p50, p95, max) from the rollups, and a few times
 * computed straight from the lines (the {@code sellout_sales} view), whose figures must
 * be the same; the ratio of the medians is the rollups' gain.
 */
final class AnalyticsWidgets {

	static final int WARM_UP = 5;

	static final int RUNS = 30;

	/** Runs of a widget whose first run took over a second. */
	static final int SLOW_RUNS = 5;

	/**
	 * Runs of the same widget straight from the lines (seconds each at full size; the
	 * manufacturer's dashboards only).
	 */
	private final int lineRuns;

	/** One widget: its name and what it asks. */
	record Widget(String name, Function<SalesFigures, Object> ask) {
	}

	/** A widget's times in milliseconds. */
	record Times(double p50, double p95, double max) {

		static Times of(long[] nanos) {
			long[] sorted = nanos.clone();
			Arrays.sort(sorted);
			int n = sorted.length;
			return new Times(sorted[n / 2] / 1e6, sorted[(int) Math.ceil(n * 0.95) - 1] / 1e6, sorted[n - 1] / 1e6);
		}

	}

	/** A widget's times and its first answer. */
	record Timed(Times times, Object answer) {
	}

	private final ApplicationContext context;

	private final ChannelDataset.Loaded data;

	private final SalesFigures rollups;

	private final SalesFigures lines;

	private final Map<String, CurrentUser> users = new HashMap<>();

	AnalyticsWidgets(ApplicationContext context, ChannelDataset.Loaded data, boolean smoke) {
		this.context = context;
		this.data = data;
		this.rollups = context.getBeanProvider(SalesFigures.class).getIfAvailable();
		this.lines = RollupsForBench.straightFromLines(context);
		this.lineRuns = smoke ? RUNS : 3;
	}

	void all() {
		if (rollups == null) {
			System.out.println("(b) no SalesFigures in this build: the widgets are not timed");
			return;
		}
		SalesFilter year = SalesFilter.of(data.size().lastMonth().minusMonths(11), data.size().lastMonth());
		String region = DatasetClients.home(0);
		Long group = data.groups().values().iterator().next();
		System.out.printf(Locale.ROOT, "widgets over %s–%s, %d runs each after %d to warm up (lines: %d runs)%n",
				year.from(), year.to(), RUNS, WARM_UP, lineRuns);
		dashboard("manufacturer, all distributors", "analyst", year);
		dashboard(
				"manufacturer, region " + region + " (" + Region.byCode(region).map(Region::name).orElse("?")
						+ ") + group " + group,
				"analyst", new SalesFilter(year.from(), year.to(), null, region, null, group, null, null));
		String code = data.distributors().values().iterator().next();
		dashboard("distributor " + code + ", its own", code.toLowerCase(Locale.ROOT) + ".admin", year);
	}

	private void dashboard(String title, String login, SalesFilter filter) {
		System.out.println();
		System.out.println(title);
		List<Widget> widgets = widgets(filter);
		double p50 = 0;
		double p95 = 0;
		List<Double> ratios = new ArrayList<>();
		for (Widget widget : widgets) {
			Timed fromRollups = time(login, widget, rollups, RUNS);
			Times fast = fromRollups.times();
			String straight = "";
			if (lines != null && login.equals("analyst")) {
				Timed fromLines = time(login, widget, lines, lineRuns);
				double ratio = fromLines.times().p50() / fast.p50();
				ratios.add(ratio);
				straight = String.format(Locale.ROOT, "   lines p50 %8.1f ms  ×%6.1f%s", fromLines.times().p50(), ratio,
						Objects.equals(fromRollups.answer(), fromLines.answer()) ? "" : "  FIGURES DIFFER");
			}
			p50 += fast.p50();
			p95 += fast.p95();
			System.out.printf(Locale.ROOT, "  %-34s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%s%n", widget.name(),
					fast.p50(), fast.p95(), fast.max(), straight);
		}
		// a dashboard whose widgets take seconds is timed whole a few times only
		int runs = p50 > 1000 ? 3 : RUNS;
		int warm = p50 > 1000 ? 0 : WARM_UP;
		long[] whole = new long[runs];
		for (int i = 0; i < warm + runs; i++) {
			long start = System.nanoTime();
			widgets.forEach(widget -> as(login, () -> widget.ask().apply(rollups)));
			if (i >= warm) {
				whole[i - warm] = System.nanoTime() - start;
			}
		}
		Times dashboard = Times.of(whole);
		System.out.printf(Locale.ROOT,
				"  %-34s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (sum of the widgets' p50 %.1f, p95 %.1f)%s%n",
				"whole dashboard, one after another", dashboard.p50(), dashboard.p95(), dashboard.max(), p50, p95,
				ratios.isEmpty() ? "" : String.format(Locale.ROOT, "; lines/rollups ratio min ×%.0f",
						ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
		for (Widget widget : apiOnly(filter)) {
			Times apiTimes = time(login, widget, rollups, RUNS).times();
			System.out.printf(Locale.ROOT, "  %-34s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (not on the dashboard)%n",
					widget.name(), apiTimes.p50(), apiTimes.p95(), apiTimes.max());
		}
	}

	private static List<Widget> widgets(SalesFilter filter) {
		List<Widget> widgets = new ArrayList<>();
		widgets.add(new Widget("totals vs before / a year earlier", figures -> figures.comparison(filter)));
		// as the dashboard asks them: the trend and the product tables without clients
		widgets.add(new Widget("trend by month × distributor",
				figures -> figures.sums(filter, Dimension.PERIOD, Dimension.DISTRIBUTOR)));
		widgets.add(new Widget("trend by month × group",
				figures -> figures.sums(filter, Dimension.PERIOD, Dimension.GROUP)));
		for (Dimension by : List.of(Dimension.DISTRIBUTOR, Dimension.GROUP, Dimension.SKU, Dimension.REGION,
				Dimension.SEGMENT, Dimension.CLIENT)) {
			boolean product = by == Dimension.GROUP || by == Dimension.SKU;
			widgets.add(new Widget("by " + by.param(), product ? figures -> figures.sums(filter, by, null)
					: figures -> figures.breakdown(filter, by, null)));
		}
		return widgets;
	}

	/**
	 * What the API answers and the dashboard does not ask: a product's and a group's
	 * distinct clients (the client × product rollup).
	 */
	static List<Widget> apiOnly(SalesFilter filter) {
		return List.of(
				new Widget("API by=group with clients", figures -> figures.breakdown(filter, Dimension.GROUP, null)),
				new Widget("API by=sku with clients", figures -> figures.breakdown(filter, Dimension.SKU, null)));
	}

	/**
	 * The widget's times over {@code runs} runs after the warm-up (from the rollups: a
	 * few; from the lines: none) — only {@link #SLOW_RUNS} when its first run took over a
	 * second, where a p95 is no longer the question.
	 */
	private Timed time(String login, Widget widget, SalesFigures figures, int runs) {
		boolean fromRollups = figures == rollups;
		long first = System.nanoTime();
		Object answer = as(login, () -> widget.ask().apply(figures));
		long firstNanos = System.nanoTime() - first;
		int warm = fromRollups ? WARM_UP - 1 : 0;
		int measured = firstNanos > 1_000_000_000L ? Math.min(runs, SLOW_RUNS) : runs;
		if (!fromRollups) {
			warm = 0;
			measured = Math.max(1, measured - 1);
		}
		long[] nanos = new long[measured + (fromRollups ? 0 : 1)];
		if (!fromRollups) {
			nanos[measured] = firstNanos;
		}
		for (int i = 0; i < warm + measured; i++) {
			long start = System.nanoTime();
			as(login, () -> widget.ask().apply(figures));
			if (i >= warm) {
				nanos[i - warm] = System.nanoTime() - start;
			}
		}
		return new Timed(Times.of(nanos), answer);
	}

	/** Runs as the user would: its principal and data scope (the user looked up once). */
	private <T> T as(String login, Supplier<T> work) {
		CurrentUser user = users.computeIfAbsent(login,
				l -> (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername(l));
		var security = SecurityContextHolder.getContext();
		var before = security.getAuthentication();
		security
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return DataScopes.callAs(user.scope(), work);
		}
		finally {
			security.setAuthentication(before);
		}
	}

}
