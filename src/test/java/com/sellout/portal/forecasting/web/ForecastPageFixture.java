package com.sellout.portal.forecasting.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.forecasting.internal.ForecastFixture;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestInns;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast pages' sell-out, in years no other test uses (2077–2079): two distributors
 * of their own (FCP77A with {@code fcp77a.admin}, FCP77B with {@code fcp77b.admin},
 * password demo), a product group with two sub-groups and three products — a seasonal one
 * and an intermittent one sold by A for 30 months (2077-01 … 2079-06), one sold by B for
 * 18 months (2078-01 … 2079-06) — and a client of each. Sent once per database through
 * the sell-out API; then the tests wait until the rollups hold each of these reports.
 */
final class ForecastPageFixture {

	static final String A = "FCP77A";

	static final String B = "FCP77B";

	static final String ROOT = "Прогноз 2077";

	static final String LIGHTS = ROOT + " / Светильники";

	static final String SOCKETS = ROOT + " / Розетки";

	/** Seasonal, every month: A's. */
	static final String SEASONAL = "FC77-1";

	/** Sold in some months only: A's. */
	static final String INTERMITTENT = "FC77-2";

	/** B's. */
	static final String B_PRODUCT = "FC77-3";

	static final String A_CLIENT = TestInns.organisation(97801);

	static final String B_CLIENT = TestInns.organisation(97802);

	static final YearMonth FIRST = YearMonth.of(2077, 1);

	static final YearMonth LAST = YearMonth.of(2079, 6);

	/** B's first month. */
	static final YearMonth B_FIRST = YearMonth.of(2078, 1);

	private ForecastPageFixture() {
	}

	static synchronized void ensure(JdbcClient jdbc, ScopedTransactions transactions, Distributors distributors,
			UserAccounts users, Supplier<PortalHttp> http) {
		if (transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.findByCodeOrInn(A).isPresent())) {
			awaitForecasts(jdbc, transactions, distributors, http);
			return;
		}
		transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			distributor(distributors, users, A, 97810);
			distributor(distributors, users, B, 97811);
			long root = group(jdbc, ROOT, null);
			long lights = group(jdbc, LIGHTS, root);
			long sockets = group(jdbc, SOCKETS, root);
			product(jdbc, SEASONAL, "Светильник «Прогноз» LED 36 Вт", lights);
			product(jdbc, INTERMITTENT, "Светильник аварийный <b>&amp;</b>", lights);
			product(jdbc, B_PRODUCT, "Розетка двойная", sockets);
			return null;
		});
		for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
			int i = (int) FIRST.until(m, ChronoUnit.MONTHS);
			List<String> lines = new ArrayList<>();
			lines.add(line(m, 10, A_CLIENT, SEASONAL, seasonal(i)));
			if (i % 3 == 0) {
				lines.add(line(m, 12, A_CLIENT, INTERMITTENT, 5 + i % 4));
			}
			send(http, A, m, lines);
			if (!m.isBefore(B_FIRST)) {
				send(http, B, m, List.of(line(m, 15, B_CLIENT, B_PRODUCT, 40 + i % 5)));
			}
		}
		awaitForecasts(jdbc, transactions, distributors, http);
	}

	/**
	 * Waits for the rollups of A's and B's reports and then until their stored forecasts
	 * were fitted on exactly the histories sent (the forecasting tests' fingerprints).
	 */
	static void awaitForecasts(JdbcClient jdbc, ScopedTransactions transactions, Distributors distributors,
			Supplier<PortalHttp> http) {
		awaitRollups(jdbc, transactions);
		Map<YearMonth, Double> lights = new LinkedHashMap<>();
		Map<YearMonth, Double> sparse = new LinkedHashMap<>();
		Map<YearMonth, Double> sockets = new LinkedHashMap<>();
		for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
			int i = (int) FIRST.until(m, ChronoUnit.MONTHS);
			lights.put(m, (double) seasonal(i));
			sparse.put(m, i % 3 == 0 ? 5.0 + i % 4 : 0.0);
			if (!m.isBefore(B_FIRST)) {
				sockets.put(m, 40.0 + i % 5);
			}
		}
		ForecastFixture forecasts = new ForecastFixture(http, jdbc, transactions);
		forecasts.awaitForecasts(id(transactions, distributors, A), Map.of(SEASONAL, lights, INTERMITTENT, sparse),
				LAST);
		forecasts.awaitForecasts(id(transactions, distributors, B), Map.of(B_PRODUCT, sockets), LAST);
	}

	private static long id(ScopedTransactions transactions, Distributors distributors, String code) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.findByCodeOrInn(code))
			.orElseThrow()
			.id();
	}

	/**
	 * A's seasonal product: a yearly wave over a slow rise, with a fixed irregular
	 * deviation of up to ±20 (so that the forecast has an error and its band a width).
	 */
	static int seasonal(int month) {
		return (int) Math.round(200 + 2 * month + 60 * Math.sin(month * Math.PI / 6) + (month * 7919 % 41 - 20));
	}

	static long groupId(JdbcClient jdbc, ScopedTransactions transactions, String path) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select id from product_groups where path = ?").param(path).query(Long.class).single());
	}

	private static void distributor(Distributors distributors, UserAccounts users, String code, int seed) {
		Distributor made = distributors
			.create(new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null, null,
					LocalDate.of(2040, 1, 1), null, ReportingFrequency.MONTHLY, null, null));
		users.register(code.toLowerCase() + ".admin", "demo", "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN,
				made.id());
	}

	private static long group(JdbcClient jdbc, String path, Long parent) {
		String name = path.substring(path.lastIndexOf(" / ") < 0 ? 0 : path.lastIndexOf(" / ") + 3);
		return jdbc.sql("insert into product_groups (parent_id, name, path) values (?, ?, ?) returning id")
			.params(parent, name, path)
			.query(Long.class)
			.single();
	}

	private static void product(JdbcClient jdbc, String sku, String name, long group) {
		jdbc.sql("insert into products (sku, name, group_id, unit, list_price) values (?, ?, ?, 'шт', 100)")
			.params(sku, name, group)
			.update();
	}

	private static String line(YearMonth month, int day, String inn, String sku, int quantity) {
		StringJoiner fields = new StringJoiner(", ", "{", "}");
		fields.add("\"sale_date\": \"" + month.atDay(day) + "\"");
		fields.add("\"client_name\": \"ООО \\\"Клиент " + inn.substring(6) + "\\\"\"");
		fields.add("\"client_inn\": \"" + inn + "\"");
		fields.add("\"sku\": \"" + sku + "\"");
		fields.add("\"quantity\": " + quantity);
		fields.add("\"unit\": \"шт\"");
		fields.add("\"amount\": \"" + quantity * 100 + ".00\"");
		fields.add("\"currency\": \"RUB\"");
		fields.add("\"document_no\": \"FC-" + month + "-" + sku + "\"");
		return fields.toString();
	}

	private static void send(Supplier<PortalHttp> http, String code, YearMonth period, List<String> lines) {
		String json = "{\"period\": \"" + period + "\", \"lines\": [" + String.join(",\n", lines) + "]}";
		HttpResponse<String> response = new SellOutApi(http.get()).post(code.toLowerCase() + ".admin",
				"application/json", json.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String status = SellOutApi.json(response).path("status").asString();
		while (!status.startsWith("ACCEPTED") && System.nanoTime() < until) {
			pause();
			status = SellOutApi
				.json(http.get().api("/api/v1/sellout/reports/" + id, code.toLowerCase() + ".admin", "demo"))
				.path("status")
				.asString();
		}
		assertThat(status).as(response.body()).startsWith("ACCEPTED");
	}

	/**
	 * Waits until the rollups hold each of A's and B's active reports at its current
	 * revision (not for every open publication: one failed elsewhere stays open).
	 */
	static void awaitRollups(JdbcClient jdbc, ScopedTransactions transactions) {
		long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		long behind;
		do {
			pause();
			behind = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("""
							select count(*) from sellout_report_states s join distributors d on d.id = s.distributor_id
							 where d.code in (:a, :b) and s.kind = 'SELLOUT'
							   and s.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
							   and not exists (select 1 from analytics_reports r
							                    where r.report_id = s.id and r.revision = s.revision)""")
						.param("a", A)
						.param("b", B)
						.query(Long.class)
						.single());
		}
		while (behind > 0 && System.nanoTime() < until);
		assertThat(behind).as("rollup refreshes still behind").isZero();
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
