package com.sellout.portal.analytics.internal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestInns;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rollup tests send and compare: distributors of their own (administrator
 * {@code <code>.admin}, integration account {@code <code>.1c}), sell-out reports in the
 * canonical JSON through the real API, the wait for the rollups' listener, and every
 * rollup against the same {@code GROUP BY} straight over {@code sellout_sales}.
 */
final class RollupFixture {

	/**
	 * The sums every sales rollup keeps, as a comparable text (trailing zeros dropped).
	 */
	private static final String SUMS = "count(*) || '|' || coalesce(trim_scale(sum(quantity))::text, '-') || '|'"
			+ " || coalesce(trim_scale(sum(amount_net) filter (where coalesce(currency, 'RUB') = 'RUB'))::text, '-')"
			+ " || '|' || count(*) filter (where coalesce(currency, 'RUB') <> 'RUB')";

	private static final String STORED = "lines || '|' || coalesce(trim_scale(quantity)::text, '-') || '|'"
			+ " || coalesce(trim_scale(amount_net)::text, '-') || '|' || other_currency_lines";

	/**
	 * Each rollup: its table and key columns ({@code client_name} kept as the lines'
	 * max).
	 */
	private record Shape(String table, List<String> keys) {

		/** The key as text, column by column (a missing value shown as "-"). */
		String keyText(boolean overLines) {
			return keys.stream()
				.map(key -> "coalesce(" + (overLines && key.equals("client_name") ? "max(client_name)" : key)
						+ "::text, '-')")
				.collect(Collectors.joining(" || '|' || "));
		}

		String groupKeys() {
			return String.join(", ", keys.stream().filter(key -> !key.equals("client_name")).toList());
		}
	}

	private static final List<Shape> SHAPES = List.of(new Shape("sales_by_product", List.of("sku", "unit")),
			new Shape("sales_by_place", List.of("region_code", "client_segment", "unit")),
			new Shape("sales_by_product_place", List.of("sku", "region_code", "client_segment", "unit")),
			new Shape("sales_by_client", List.of("client_inn", "client_name", "region_code", "client_segment", "unit")),
			new Shape("sales_by_client_product",
					List.of("client_inn", "sku", "region_code", "client_segment", "unit")));

	/**
	 * A line of a report: date, client ИНН, region, segment, SKU, quantity, unit, amount,
	 * currency.
	 */
	record Line(String date, String inn, String region, String segment, String sku, String quantity, String unit,
			String amount, String currency) {
	}

	private final Supplier<PortalHttp> http;

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	RollupFixture(Supplier<PortalHttp> http, JdbcClient jdbc, ScopedTransactions transactions) {
		this.http = http;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * The distributor of that code, made with its administrator and 1C account if new.
	 */
	static Distributor distributor(Distributors distributors, UserAccounts users, String code, int seed) {
		return distributors.findByCodeOrInn(code).orElseGet(() -> {
			Distributor made = distributors
				.create(new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null, null,
						LocalDate.of(2040, 1, 1), null, ReportingFrequency.MONTHLY, null, null));
			users.register(admin(code), "demo", "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN, made.id());
			users.register(integration(code), "demo", "1С " + code, null, Role.INTEGRATION, made.id());
			return made;
		});
	}

	static String admin(String code) {
		return code.toLowerCase() + ".admin";
	}

	static String integration(String code) {
		return code.toLowerCase() + ".1c";
	}

	/** Sends a month's report as the login (canonical JSON); the report as processed. */
	JsonNode send(String login, String period, Line... lines) {
		StringJoiner json = new StringJoiner(",\n");
		int n = 0;
		for (Line line : lines) {
			n++;
			json.add("""
					{"sale_date": "%s", "document_no": "D-%s-%d", "client_inn": %s, "client_name": "Покупатель %s",
					 "region": %s, "client_segment": %s, "sku": "%s", "quantity": "%s", "unit": "%s", "amount": "%s",
					 "currency": "%s"}""".formatted(line.date(), Long.toHexString(System.nanoTime()), n,
					quoted(line.inn()), line.inn(), quoted(line.region()), quoted(line.segment()), line.sku(),
					line.quantity(), line.unit(), line.amount(), line.currency()));
		}
		String body = "{" + (period == null ? "" : "\"period\": \"" + period + "\", ") + "\"lines\": [" + json + "]}";
		HttpResponse<String> response = new SellOutApi(http.get()).post(login, "application/json",
				body.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		return awaitProcessed(login, id);
	}

	/** Uploads a file as the login; the report as processed. */
	JsonNode upload(String login, String fileName, byte[] content, String period) {
		HttpResponse<String> response = new SellOutApi(http.get()).upload(login, fileName, content, period);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		return awaitProcessed(login, SellOutApi.json(response).path("id").asLong());
	}

	/**
	 * Restores or withdraws a report through the API, as the administrator of that code.
	 */
	JsonNode act(String code, long reportId, String action) {
		HttpResponse<String> response = http.get()
			.apiSend("POST", "/api/v1/sellout/reports/" + reportId + "/" + action, "", admin(code), "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SellOutApi.json(response);
	}

	JsonNode report(String login, long id) {
		return SellOutApi.json(http.get().api("/api/v1/sellout/reports/" + id, login, "demo"));
	}

	private JsonNode awaitProcessed(String login, long id) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		JsonNode report = report(login, id);
		while (List.of("RECEIVED", "PROCESSING").contains(report.path("status").asString())
				&& System.nanoTime() < until) {
			pause();
			report = report(login, id);
		}
		return report;
	}

	/**
	 * Waits until the rollups' listener has handled every event published so far (its
	 * publications completed) and the rollups hold each of the distributors' reports the
	 * events told of at its current revision.
	 */
	void awaitRollups(List<Long> distributorIds) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long behind;
		do {
			pause();
			behind = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("""
								select (select count(*) from event_publication
								         where listener_id like '%RollupTriggers%' and completion_date is null)
								     + (select count(*) from sellout_report_states s
								         where s.distributor_id = any(?) and s.kind = 'SELLOUT'
								           and s.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS', 'SUPERSEDED', 'WITHDRAWN', 'MERGED')
								           and not exists (select 1 from analytics_reports a
								                            where a.report_id = s.id and a.revision = s.revision))""")
						.param(distributorIds.toArray(Long[]::new))
						.query(Long.class)
						.single());
		}
		while (behind > 0 && System.nanoTime() < until);
		assertThat(behind).as("rollup refreshes still open or behind").isZero();
	}

	/**
	 * Waits until the rollups hold every active sell-out report of every distributor at
	 * its current revision: the fill of an empty database is done.
	 */
	void awaitFilled() {
		long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		long missing;
		do {
			pause();
			missing = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("""
							select count(*) from sellout_report_states s
							 where s.kind = 'SELLOUT' and s.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
							   and not exists (select 1 from analytics_reports a
							                    where a.report_id = s.id and a.revision = s.revision and a.active)""")
						.query(Long.class)
						.single());
		}
		while (missing > 0 && System.nanoTime() < until);
		assertThat(missing).as("active reports the fill has not refreshed").isZero();
	}

	/**
	 * The rows of one rollup of the distributors, as text sorted: report, distributor,
	 * period, key, sums.
	 */
	List<String> stored(String table, List<Long> distributorIds) {
		Shape shape = shape(table);
		return rows("select report_id || '|' || distributor_id || '|' || period || '|' || " + shape.keyText(false)
				+ " || '|' || " + STORED + " from " + table + " where distributor_id = any(?)", distributorIds);
	}

	/** The same rows computed straight over the accepted lines of the active reports. */
	List<String> expected(String table, List<Long> distributorIds) {
		Shape shape = shape(table);
		return rows("select report_id || '|' || distributor_id || '|' || period || '|' || " + shape.keyText(true)
				+ " || '|' || " + SUMS + " from sellout_sales where distributor_id = any(?)"
				+ " group by report_id, distributor_id, period, " + shape.groupKeys(), distributorIds);
	}

	/** The below-floor rows of the distributors, stored. */
	List<String> storedBelowFloor(List<Long> distributorIds) {
		return rows("select "
				+ text("report_id", "distributor_id", "period", "client_inn", "client_name", "sku", "lines",
						"trim_scale(quantity)", "trim_scale(amount_net)", "trim_scale(below_amount)",
						"trim_scale(floor_amount)", "trim_scale(max_below_pct)")
				+ " from sales_below_floor where distributor_id = any(?)", distributorIds);
	}

	/**
	 * The below-floor rows computed straight over the lines (the amounts below and at the
	 * floor kept in kopecks, as the rollup's columns hold them).
	 */
	List<String> expectedBelowFloor(List<Long> distributorIds) {
		return rows("select "
				+ text("report_id", "distributor_id", "period", "client_inn", "max(client_name)", "sku", "count(*)",
						"trim_scale(sum(quantity))",
						"trim_scale(sum(amount_net) filter (where coalesce(currency, 'RUB') = 'RUB'))",
						"trim_scale(round(sum((floor_price - price_net) * quantity), 2))",
						"trim_scale(round(sum(floor_price * quantity), 2))", "trim_scale(max(below_floor_pct))")
				+ " from sellout_sales where distributor_id = any(?) and below_floor_pct is not null"
				+ " and coalesce(currency, 'RUB') = 'RUB'"
				+ " group by report_id, distributor_id, period, client_inn, sku", distributorIds);
	}

	private static String text(String... expressions) {
		return Arrays.stream(expressions)
			.map(e -> "coalesce((" + e + ")::text, '-')")
			.collect(Collectors.joining(" || '|' || "));
	}

	/** Which reports the rollups hold as counting, and at which revision. */
	List<String> heldActive(List<Long> distributorIds) {
		return rows(
				"select report_id || '@' || revision from analytics_reports where distributor_id = any(?) and active",
				distributorIds);
	}

	/** The active sell-out reports of the distributors and their revisions. */
	List<String> activeReports(List<Long> distributorIds) {
		return rows(
				"""
						select id || '@' || revision from sellout_report_states
						 where distributor_id = any(?) and kind = 'SELLOUT' and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')""",
				distributorIds);
	}

	static List<String> tables() {
		return SHAPES.stream().map(Shape::table).toList();
	}

	private List<String> rows(String sql, List<Long> distributorIds) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select r from (" + sql + ") as q (r) order by r")
					.param(distributorIds.toArray(Long[]::new))
					.query(String.class)
					.list());
	}

	private static Shape shape(String table) {
		return SHAPES.stream().filter(s -> s.table().equals(table)).findFirst().orElseThrow();
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
