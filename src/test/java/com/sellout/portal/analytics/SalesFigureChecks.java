package com.sellout.portal.analytics;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.sellout.portal.support.PortalHttp;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares what the figures' API answers with a direct aggregate over the accepted lines
 * ({@code sellout_sales}), written here in plain SQL: every row's net amount (RUB),
 * quantity (none when units differ), lines and distinct clients, and the totals.
 */
final class SalesFigureChecks {

	private final PortalHttp http;

	private final JdbcClient jdbc;

	private final SalesFixture.AsSystem system;

	SalesFigureChecks(PortalHttp http, JdbcClient jdbc, SalesFixture.AsSystem system) {
		this.http = http;
		this.jdbc = jdbc;
		this.system = system;
	}

	/** Who asks: HTTP Basic, or a bearer token. */
	record Caller(String login, String password, String token) {

		static Caller basic(String login, String password) {
			return new Caller(login, password, null);
		}

		static Caller bearer(String token) {
			return new Caller(null, null, token);
		}

	}

	/** The API's answer to this query in Russian, 200 expected. */
	JsonNode answer(Caller caller, String query) {
		return answer(caller, query, "ru");
	}

	/** The API's answer to this query in this language, 200 expected. */
	JsonNode answer(Caller caller, String query, String language) {
		HttpResponse<String> response = response(caller, query, language);
		assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
		return SalesFixture.JSON.readTree(response.body());
	}

	/** The API's response, whatever its status. */
	HttpResponse<String> response(Caller caller, String query, String language) {
		String authorization = caller.token() != null ? "Bearer " + caller.token() : "Basic " + Base64.getEncoder()
			.encodeToString((caller.login() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
		return http.request("GET", "/api/v1/analytics/sellout?" + query, null, null, "Authorization", authorization,
				"Accept-Language", language);
	}

	/**
	 * Asserts that the API's rows and totals for the query equal the aggregate of the
	 * lines of the range that {@code where} selects (the caller's scope and the filters,
	 * in SQL over {@code s}), grouped by {@code key} (and {@code key2}, or null); the
	 * answer.
	 */
	JsonNode assertEqual(Caller caller, String query, String from, String to, String where, String key, String key2) {
		JsonNode answer = answer(caller, query);
		List<String> actual = new ArrayList<>();
		answer.path("rows")
			.forEach(row -> actual.add(figure(row.path("key").asString(),
					key2 == null ? null : row.path("key2").asString(), row.path("amountNet").decimalValue(),
					row.path("quantity").isNull() ? null : row.path("quantity").decimalValue(),
					row.path("lines").asLong(), row.path("clients").asLong())));
		if (key2 == null) {
			answer.path("rows").forEach(row -> assertThat(row.has("key2")).as("no second dimension").isFalse());
		}
		List<String> expected = key == null ? List.of() : expectedRows(from, to, where, key, key2);
		assertThat(actual).as(query).containsExactlyInAnyOrderElementsOf(expected);
		JsonNode totals = answer.path("totals");
		String actualTotals = figure(null, null, totals.path("amountNet").decimalValue(),
				totals.path("quantity").isNull() ? null : totals.path("quantity").decimalValue(),
				totals.path("lines").asLong(), totals.path("clients").asLong()) + " " + totals.path("unit").asString("")
				+ " other " + totals.path("otherCurrencyLines").asLong();
		assertThat(actualTotals).as(query + " totals").isEqualTo(expectedTotals(from, to, where));
		return answer;
	}

	private List<String> expectedRows(String from, String to, String where, String key, String key2) {
		String keys = key + " as k1" + (key2 == null ? ", null as k2" : ", " + key2 + " as k2");
		return system.run(() -> jdbc
			.sql("select " + keys + ", " + MEASURES + " from sellout_sales s" + where(where) + " group by 1, 2")
			.params(Map.of("from", from + "-01", "to", to + "-01"))
			.query((rs, n) ->
			// the second key stays null without a second dimension
			figure(rs.getString("k1"), rs.getString("k2"), rs.getBigDecimal("amount"), rs.getBigDecimal("quantity"),
					rs.getLong("lines"), rs.getLong("clients")))
			.list());
	}

	private String expectedTotals(String from, String to, String where) {
		return system.run(() -> jdbc
			.sql("select " + MEASURES
					+ ", case when count(distinct coalesce(s.unit, '')) = 1 then max(s.unit) end as unit,"
					+ " count(*) filter (where s.currency <> 'RUB') as other from sellout_sales s" + where(where))
			.params(Map.of("from", from + "-01", "to", to + "-01"))
			.query((rs,
					n) -> figure(null, null, rs.getBigDecimal("amount"), rs.getBigDecimal("quantity"),
							rs.getLong("lines"), rs.getLong("clients")) + " "
							+ (rs.getString("unit") == null ? "" : rs.getString("unit")) + " other "
							+ rs.getLong("other"))
			.single());
	}

	private static final String MEASURES = "coalesce(sum(s.amount_net) filter (where s.currency = 'RUB'), 0) as amount,"
			+ " case when count(distinct coalesce(s.unit, '')) = 1 then sum(s.quantity) end as quantity,"
			+ " count(*) as lines, count(distinct s.client_inn) as clients";

	private static String where(String where) {
		return " where s.period >= cast(:from as date) and s.period <= cast(:to as date)"
				+ (where == null || where.isBlank() ? "" : " and " + where);
	}

	private static String figure(String key, String key2, BigDecimal amount, BigDecimal quantity, long lines,
			long clients) {
		return (key == null ? "" : key + (key2 == null ? "" : " / " + key2) + ": ") + plain(amount) + " RUB, "
				+ (quantity == null ? "no quantity" : plain(quantity)) + ", " + lines + " lines, " + clients
				+ " clients";
	}

	private static String plain(BigDecimal value) {
		return value == null ? "null" : value.stripTrailingZeros().toPlainString();
	}

	/** Waits for what the rollups are given to be there: today filled by the test. */
	void rollupsUpToDate(Supplier<Void> fill) {
		fill.get();
	}

}
