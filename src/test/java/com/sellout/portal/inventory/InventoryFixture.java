package com.sellout.portal.inventory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
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
 * What the channel inventory tests send and read: a distributor of their own with its
 * administrator, sell-in through {@code POST /api/v1/sell-in} (as the manufacturer's
 * administrator), sell-out through the sell-out API's canonical JSON (as the
 * distributor's administrator), stock through the stock API's canonical JSON (as the
 * distributor's administrator), and the wait for the recomputations the events started.
 */
final class InventoryFixture {

	private final Supplier<PortalHttp> http;

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	InventoryFixture(Supplier<PortalHttp> http, JdbcClient jdbc, ScopedTransactions transactions) {
		this.http = http;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * The distributor of that code, made with its administrator {@code <code>.admin} if
	 * new.
	 */
	static Distributor distributor(Distributors distributors, UserAccounts users, String code, int seed) {
		return distributors.findByCodeOrInn(code).orElseGet(() -> {
			Distributor made = distributors
				.create(new DistributorForm(code, "ООО \"" + code + "\"", TestInns.organisation(seed), null, null,
						LocalDate.of(2040, 1, 1), null, ReportingFrequency.MONTHLY, null, null));
			users.register(code.toLowerCase() + ".admin", "demo", "Администратор " + code, null, Role.DISTRIBUTOR_ADMIN,
					made.id());
			return made;
		});
	}

	static String admin(String code) {
		return code.toLowerCase() + ".admin";
	}

	/** Sends one sell-in document of one line, as the manufacturer's administrator. */
	void sellIn(String code, String documentNo, String date, String sku, int quantity) {
		String body = """
				{"lines": [{"distributor": "%s", "document_no": "%s", "date": "%s", "sku": "%s", "quantity": %d,
				            "amount": %d}]}""".formatted(code, documentNo, date, sku, quantity, quantity * 100);
		HttpResponse<String> response = http.get().apiSend("POST", "/api/v1/sell-in", body, "admin", "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		awaitRecomputed();
	}

	/** A sale of a sell-out report: its date, product and quantity. */
	record Sale(String date, String sku, int quantity) {
	}

	/**
	 * Sends a month's sell-out report (canonical JSON); waits for it and its
	 * recomputation.
	 */
	long sellOut(String code, String period, Sale... sales) {
		StringJoiner lines = new StringJoiner(",\n");
		for (Sale sale : sales) {
			lines.add("""
					{"sale_date": "%s", "client_name": "Розничный покупатель", "sku": "%s", "quantity": %d,
					 "price": "100.00", "document_no": "D-%s"}""".formatted(sale.date(), sale.sku(), sale.quantity(),
					Long.toHexString(ThreadLocalRandom.current().nextLong())));
		}
		String json = "{\"period\": \"" + period + "\", \"lines\": [" + lines + "]}";
		HttpResponse<String> response = new SellOutApi(http.get()).post(admin(code), "application/json",
				json.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		awaitAccepted("/api/v1/sellout/reports/" + id, code, SellOutApi.json(response));
		awaitRecomputed();
		return id;
	}

	/** Withdraws a report through the API, as the distributor's administrator. */
	void withdraw(String code, long reportId) {
		HttpResponse<String> response = http.get()
			.apiSend("POST", "/api/v1/sellout/reports/" + reportId + "/withdraw", "", admin(code), "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		awaitRecomputed();
	}

	/**
	 * Sends a stock report of that as-of date with these lines (sku, quantity; two lines
	 * of one sku are two warehouses) through the stock API's canonical JSON, as the
	 * distributor's administrator; waits for it and its recomputation.
	 */
	long stock(String code, LocalDate asOf, Object... skusAndQuantities) {
		StringJoiner lines = new StringJoiner(",\n");
		for (int i = 0; i < skusAndQuantities.length; i += 2) {
			lines.add("{\"sku\": \"%s\", \"quantity\": %s, \"warehouse\": \"Склад %d\"}".formatted(skusAndQuantities[i],
					skusAndQuantities[i + 1], i / 2 + 1));
		}
		String json = "{\"kind\": \"stock\", \"as_of\": \"" + asOf + "\", \"lines\": [" + lines + "]}";
		HttpResponse<String> response = http.get()
			.apiSend("POST", "/api/v1/sellout/stock-reports", json, admin(code), "demo");
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		awaitAccepted("/api/v1/sellout/stock-reports/" + id, code, SellOutApi.json(response));
		awaitRecomputed();
		return id;
	}

	/**
	 * Withdraws a stock report through the stock API, as the distributor's administrator.
	 */
	void withdrawStock(String code, long reportId) {
		HttpResponse<String> response = http.get()
			.apiSend("POST", "/api/v1/sellout/stock-reports/" + reportId + "/withdraw", "", admin(code), "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		awaitRecomputed();
	}

	private void awaitAccepted(String path, String code, JsonNode report) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String status = report.path("status").asString();
		while (!status.startsWith("ACCEPTED") && System.nanoTime() < until) {
			pause();
			status = SellOutApi.json(http.get().api(path, admin(code), "demo")).path("status").asString();
		}
		assertThat(status).as(path).isEqualTo("ACCEPTED");
	}

	/**
	 * Waits until the inventory's listeners have handled every event published so far
	 * (their publications completed): the recomputations are asynchronous.
	 */
	void awaitRecomputed() {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long open;
		do {
			pause();
			open = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("select count(*) from event_publication where listener_id like '%InventoryTriggers%'"
								+ " and completion_date is null")
						.query(Long.class)
						.single());
		}
		while (open > 0 && System.nanoTime() < until);
		assertThat(open).as("inventory recomputations still open").isZero();
	}

	/**
	 * A row as text: opening source and opening, sell-in, sell-out, calculated and
	 * reported closing, gap; absent when the month has no row for it.
	 */
	String row(long distributorId, String sku, YearMonth period) {
		List<String> rows = transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				select opening_source || ' ' || coalesce(opening::text, '-') || ' in ' || sell_in || ' out ' || sell_out
				       || ' calc ' || coalesce(calculated_closing::text, '-') || ' rep '
				       || coalesce(reported_closing::text, '-') || ' gap ' || coalesce(gap::text, '-')
				  from channel_inventory where distributor_id = ? and sku = ? and period = ?""")
			.params(distributorId, sku, period.atDay(1))
			.query(String.class)
			.list());
		return rows.isEmpty() ? "absent" : rows.get(0);
	}

	/**
	 * The cover of a row: weekly sell-out, weeks of supply, band, last sale, stale days,
	 * stale.
	 */
	String cover(long distributorId, String sku, YearMonth period) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc
					.sql("""
							select weekly_sell_out || ' ' || coalesce(weeks_of_supply::text, '-') || ' ' || coalesce(band, '-')
							       || ' ' || coalesce(last_sale::text, '-') || ' ' || coalesce(stale_days::text, '-') || ' ' || stale
							  from channel_inventory where distributor_id = ? and sku = ? and period = ?""")
					.params(distributorId, sku, period.atDay(1))
					.query(String.class)
					.optional()
					.orElse("absent"));
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
