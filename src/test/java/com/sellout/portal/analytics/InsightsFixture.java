package com.sellout.portal.analytics;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;

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
 * What the insight tests send and wait for: distributors of their own (with an
 * administrator {@code <code>.admin} and a manager {@code <code>.manager}), a month's
 * sell-out through the sell-out API's canonical JSON, and the wait until the rollups hold
 * the accepted report.
 */
final class InsightsFixture {

	/** A sale: the client (null: a retail buyer without ИНН), place, product, figures. */
	record Sale(String date, String inn, String clientName, String region, String segment, String sku, int quantity,
			BigDecimal price) {

		BigDecimal amount() {
			return price.multiply(BigDecimal.valueOf(quantity));
		}

	}

	private final Supplier<PortalHttp> http;

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	InsightsFixture(Supplier<PortalHttp> http, JdbcClient jdbc, ScopedTransactions transactions) {
		this.http = http;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	static Distributor distributor(Distributors distributors, UserAccounts users, String code, int seed) {
		return distributors.findByCodeOrInn(code).orElseGet(() -> {
			Distributor made = distributors
				.create(new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null, null,
						LocalDate.of(2040, 1, 1), null, ReportingFrequency.MONTHLY, null, null));
			users.register(code.toLowerCase() + ".admin", "demo", "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN,
					made.id());
			users.register(code.toLowerCase() + ".manager", "demo", "Менеджер " + code, null, Role.DISTRIBUTOR_MANAGER,
					made.id());
			return made;
		});
	}

	static String admin(String code) {
		return code.toLowerCase() + ".admin";
	}

	/** Sends a month's report; waits until it is accepted and in the rollups. */
	long sellOut(String code, String period, List<Sale> sales) {
		StringJoiner lines = new StringJoiner(",\n");
		int n = 0;
		for (Sale s : sales) {
			lines.add("""
					{"sale_date": "%s", %s"client_name": "%s", "region": "%s", "client_segment": "%s", "sku": "%s",
					 "quantity": %d, "price": "%s", "document_no": "D-%d"}""".formatted(s.date(),
					s.inn() == null ? "" : "\"client_inn\": \"" + s.inn() + "\", ", s.clientName(), s.region(),
					s.segment(), s.sku(), s.quantity(), s.price().toPlainString(), ++n));
		}
		String json = "{\"period\": \"" + period + "\", \"lines\": [" + lines + "]}";
		HttpResponse<String> response = new SellOutApi(http.get()).post(admin(code), "application/json",
				json.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		awaitAccepted(id, code, SellOutApi.json(response));
		awaitRolledUp(id);
		return id;
	}

	private void awaitAccepted(long id, String code, JsonNode report) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String status = report.path("status").asString();
		while (!status.startsWith("ACCEPTED") && System.nanoTime() < until) {
			pause();
			status = SellOutApi.json(http.get().api("/api/v1/sellout/reports/" + id, admin(code), "demo"))
				.path("status")
				.asString();
		}
		assertThat(status).as("report " + id).isEqualTo("ACCEPTED");
	}

	/** Waits until the rollups hold the report (its events are processed). */
	void awaitRolledUp(long reportId) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long held;
		do {
			pause();
			held = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("select count(*) from analytics_reports r where r.report_id = ? and r.active"
								+ " and exists (select 1 from sales_by_client c where c.report_id = r.report_id)")
						.param(reportId)
						.query(Long.class)
						.single());
		}
		while (held == 0 && System.nanoTime() < until);
		assertThat(held).as("report " + reportId + " in the rollups").isEqualTo(1);
	}

	/** The price floor of a product on a day, as the API gives it. */
	BigDecimal floor(String sku, String date) {
		JsonNode floor = SellOutApi
			.json(http.get().api("/api/v1/price-floors?sku=" + sku + "&date=" + date, "admin", "demo"));
		return new BigDecimal(floor.path("minPrice").asString());
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
