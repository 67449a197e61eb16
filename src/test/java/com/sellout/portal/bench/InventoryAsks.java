package com.sellout.portal.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import com.sellout.portal.support.PortalHttp;

/**
 * What people ask of the channel inventory, over HTTP as a browser or an API client does:
 * the page {@code /inventory} (totals, the first 50 rows, the gap history, the stalest
 * stock and the products nearest to running out, all in one answer) and
 * {@code GET /api/v1/channel-inventory} (every row of the selection), as the
 * manufacturer's analyst and as a distributor's manager, for one distributor and for all,
 * over several months, a product group and a search.
 */
final class InventoryAsks {

	private final ChannelDataset.Loaded data;

	private final String base;

	private final List<Long> ids;

	private final List<String> codes;

	private final List<YearMonth> months = new ArrayList<>();

	private final List<Long> groups;

	private boolean warmUp;

	private final String token;

	InventoryAsks(ChannelDataset.Loaded data, int port, String token) {
		this.data = data;
		this.token = token;
		this.base = "http://localhost:" + port;
		this.ids = new ArrayList<>(data.distributors().keySet());
		this.codes = new ArrayList<>(data.distributors().values());
		int step = Math.max(1, data.size().months() / 12);
		for (int m = data.size().months() - 1; m >= 0 && months.size() < 12; m -= step) {
			months.add(data.size().firstMonth().plusMonths(m));
		}
		this.groups = new ArrayList<>(data.groups().values());
	}

	/**
	 * Every case once to warm up (all of them, so that the first is not the JIT's), then
	 * measured.
	 */
	List<PageTimes.Result> all() {
		cases(true);
		return cases(false);
	}

	private List<PageTimes.Result> cases(boolean warmUp) {
		this.warmUp = warmUp;
		List<PageTimes.Result> results = new ArrayList<>();
		PortalHttp analyst = PortalHttp.at(base).loggedInAs("analyst", "demo");
		String firstCode = codes.get(0).toLowerCase();
		PortalHttp manager = PortalHttp.at(base).loggedInAs(firstCode + ".manager", "demo");
		results.add(page(analyst, "analyst, page: one distributor, one month",
				i -> "/inventory?distributor=" + distributor(i) + "&period=" + month(i)));
		results.add(page(analyst, "analyst, page: all distributors, one month", i -> "/inventory?period=" + month(i)));
		results.add(page(analyst, "analyst, page: all distributors, a group",
				i -> "/inventory?period=" + month(i) + "&group=" + groups.get(i % groups.size())));
		results.add(page(analyst, "analyst, page: one distributor, a group and a search",
				i -> "/inventory?distributor=" + distributor(i) + "&period=" + month(i) + "&group="
						+ groups.get(i % groups.size()) + "&q=" + search(i)));
		results.add(page(analyst, "analyst, page: all distributors, stale only, stalest first",
				i -> "/inventory?period=" + month(i) + "&stale=true&sort=stale_days&desc=true"));
		results.add(api(analyst, "analyst", "analyst, API: one distributor, one month",
				i -> "/api/v1/channel-inventory?distributor=" + codes.get(i % codes.size()) + "&period=" + month(i)));
		results.add(api(analyst, "analyst", "analyst, API: all distributors, one month",
				i -> "/api/v1/channel-inventory?period=" + month(i)));
		results.add(api(analyst, "analyst", "analyst, API: one distributor, a group",
				i -> "/api/v1/channel-inventory?distributor=" + codes.get(i % codes.size()) + "&period=" + month(i)
						+ "&group=" + groups.get(i % groups.size())));
		results.add(api(analyst, "analyst", "analyst, API: one product, all distributors",
				i -> "/api/v1/channel-inventory?period=" + month(i) + "&sku="
						+ data.skus().get(i * 37 % data.skus().size())));
		results.add(api(analyst, "analyst", "(Basic authentication alone: GET /api/v1/me)", i -> "/api/v1/me"));
		PortalHttp integration = PortalHttp.at(base);
		results.add(ask(firstCode + ".1c (bearer token), API: own, one month",
				paths(i -> "/api/v1/channel-inventory?period=" + month(i)),
				p -> integration.request("GET", p, null, null, "Authorization", "Bearer " + token)));
		results.add(ask(firstCode + ".1c (bearer token), API: own, a group",
				paths(i -> "/api/v1/channel-inventory?period=" + month(i) + "&group=" + groups.get(i % groups.size())),
				p -> integration.request("GET", p, null, null, "Authorization", "Bearer " + token)));
		results.add(page(manager, firstCode + ".manager, page: own, one month", i -> "/inventory?period=" + month(i)));
		results.add(page(manager, firstCode + ".manager, page: own, a search",
				i -> "/inventory?period=" + month(i) + "&q=" + search(i)));
		results.add(api(manager, firstCode + ".manager", firstCode + ".manager, API: own, one month",
				i -> "/api/v1/channel-inventory?period=" + month(i)));
		return results;
	}

	private long distributor(int i) {
		return ids.get(i % ids.size());
	}

	/** 3 distributors × 12 months before the month repeats with the same distributor. */
	private YearMonth month(int i) {
		return months.get(i / ids.size() % months.size());
	}

	private static String search(int i) {
		String[] terms = { "Лампа", "CH-01", "Nova", "Розетка", "CH-00", "Vega" };
		return URLEncoder.encode(terms[i % terms.length], StandardCharsets.UTF_8);
	}

	private PageTimes.Result page(PortalHttp user, String name, IntFunction<String> path) {
		return ask(name, paths(path), user::get);
	}

	private PageTimes.Result api(PortalHttp user, String login, String name, IntFunction<String> path) {
		return ask(name, paths(path), p -> user.api(p, login, "demo"));
	}

	private PageTimes.Result ask(String name, List<String> paths, Function<String, HttpResponse<String>> ask) {
		if (warmUp) {
			PageTimes.warm(paths, ask);
			return null;
		}
		return PageTimes.measure(name, paths, ask);
	}

	private List<String> paths(IntFunction<String> path) {
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < ids.size() * months.size(); i++) {
			paths.add(path.apply(i));
		}
		return paths;
	}

}
