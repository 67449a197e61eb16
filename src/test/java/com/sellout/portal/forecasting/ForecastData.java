package com.sellout.portal.forecasting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.internal.ForecastFixture;
import com.sellout.portal.forecasting.internal.ForecastFixture.Sale;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.TestInns;

/**
 * The forecast API tests' data, sent once through the real API: FC66A reports three years
 * (2066-01 … 2068-12) of F66-1 (trend and season, two clients) and F66-2 (intermittent);
 * FC66B reports F66-1 and F66-3 up to 2068-11 — its December still missing. F66-1 is in
 * the group «Прогноз 2066», F66-2 in its sub-group, F66-3 in another.
 */
final class ForecastData {

	static final String A = "FC66A";

	static final String B = "FC66B";

	static final String C1 = TestInns.organisation(6_600_001);

	static final String C2 = TestInns.organisation(6_600_002);

	static final String CB = TestInns.organisation(6_600_003);

	static final YearMonth FIRST = YearMonth.of(2066, 1);

	static final YearMonth LAST_A = YearMonth.of(2068, 12);

	static final YearMonth LAST_B = YearMonth.of(2068, 11);

	/** The quantities sent, by distributor, SKU and month. */
	static final Map<String, Map<String, Map<YearMonth, Double>>> SENT = new TreeMap<>();

	static long parent;

	static long child;

	static long other;

	private static boolean sent;

	private ForecastData() {
	}

	static double f1c1(int t) {
		return Math.round(30 + 0.5 * t + 6 * Math.sin(2 * Math.PI * t / 12));
	}

	static double f1c2(int t) {
		return Math.round(70 + t + 14 * Math.sin(2 * Math.PI * t / 12));
	}

	static synchronized void send(ForecastFixture fixture, Distributors distributors, UserAccounts users,
			Function<String, Long> idOf, ForecastFixture.AsSystem system) {
		if (sent) {
			return;
		}
		system.run(() -> {
			ForecastFixture.distributor(distributors, users, A, 6_600_101);
			ForecastFixture.distributor(distributors, users, B, 6_600_102);
			return null;
		});
		parent = fixture.group("Прогноз 2066", "F66-1");
		child = fixture.group("Прогноз 2066 / Вложенная", "F66-2");
		other = fixture.group("Прогноз 2066 прочее", "F66-3");
		for (int t = 0; t < 36; t++) {
			YearMonth month = FIRST.plusMonths(t);
			List<Sale> a = new ArrayList<>();
			a.add(new Sale("F66-1", C1, f1c1(t)));
			a.add(new Sale("F66-1", C2, f1c2(t)));
			if (t % 3 == 1) {
				a.add(new Sale("F66-2", C2, 5 + t % 2));
			}
			a.forEach(s -> add(A, s, month));
			fixture.sellOut(A, month, a);
			if (!month.isAfter(LAST_B)) {
				List<Sale> b = List.of(new Sale("F66-1", CB, Math.round(50 + 3 * Math.sin(2 * Math.PI * t / 12))),
						new Sale("F66-3", CB, 10 + t % 4));
				b.forEach(s -> add(B, s, month));
				fixture.sellOut(B, month, b);
			}
		}
		fixture.awaitForecasts(idOf.apply(A), SENT.get(A), LAST_A);
		fixture.awaitForecasts(idOf.apply(B), SENT.get(B), LAST_B);
		sent = true;
	}

	private static void add(String distributor, Sale sale, YearMonth month) {
		SENT.computeIfAbsent(distributor, d -> new TreeMap<>())
			.computeIfAbsent(sale.sku(), s -> new TreeMap<>())
			.merge(month, sale.quantity(), Double::sum);
	}

	/** A series' values as sent, from its first month to {@code last}. */
	static double[] values(String distributor, String sku, YearMonth last) {
		Map<YearMonth, Double> months = SENT.get(distributor).get(sku);
		YearMonth first = months.keySet().stream().min(YearMonth::compareTo).orElseThrow();
		return ForecastFixture.slice(months, first, last);
	}

}
