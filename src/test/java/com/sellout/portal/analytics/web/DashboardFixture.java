package com.sellout.portal.analytics.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard tests' sell-out, in years no other test uses (2056, 2057): two
 * distributors of their own (DSH56A, DSH56B, with administrators {@code dsh56a.admin},
 * {@code dsh56b.admin}, password demo), a product group with two sub-groups and three
 * products (two in pieces, one in metres), clients — one buying from both, one from B
 * only — in regions 77, 66, 50 and none, segments DEALER, RETAIL, INSTALLER and none, and
 * one line in US dollars. Made once per database; then the figures are awaited.
 */
final class DashboardFixture {

	static final String A = "DSH56A";

	static final String B = "DSH56B";

	static final String ROOT = "Дашборд 2056";

	static final String SHIELDS = ROOT + " / Щиты";

	static final String CABLE = ROOT + " / Кабель";

	/** Bought from both distributors. */
	static final String SHARED_CLIENT = TestInns.organisation(91701);

	/** Bought from A only. */
	static final String A_CLIENT = TestInns.organisation(91702);

	/** Bought from A only, with no region and no segment. */
	static final String A_PLAIN_CLIENT = TestInns.organisation(91703);

	/** Bought from B only. */
	static final String B_CLIENT = TestInns.organisation(91704);

	static final String RANGE = "from=2057-01&to=2057-03";

	private DashboardFixture() {
	}

	static synchronized void ensure(JdbcClient jdbc, ScopedTransactions transactions, Distributors distributors,
			UserAccounts users, Supplier<PortalHttp> http) {
		if (transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> distributors.findByCodeOrInn(A).isPresent())) {
			awaitFigures(jdbc, transactions);
			return;
		}
		transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			distributor(distributors, users, A, 91710);
			distributor(distributors, users, B, 91711);
			long root = group(jdbc, ROOT, null);
			long shields = group(jdbc, SHIELDS, root);
			long cable = group(jdbc, CABLE, root);
			product(jdbc, "D56-1", "Щит ЩРН-12 «Дашборд»", shields, "шт");
			product(jdbc, "D56-2", "Щит ЩРВ-24 <b>&amp;</b>", shields, "шт");
			product(jdbc, "D56-3", "Кабель ВВГ 3x2,5", cable, "м");
			return null;
		});
		send(http, A, "2057-03",
				line("2057-03-05", "ООО \"Общий клиент\"", SHARED_CLIENT, "77", "DEALER", "D56-1", "2", "шт", "1000.00",
						"RUB"),
				line("2057-03-06", "ООО \"Общий клиент\"", SHARED_CLIENT, "77", "DEALER", "D56-2", "1", "шт", "2500.00",
						"RUB"),
				line("2057-03-10", "ООО \"Клиент <А>\"", A_CLIENT, "66", "RETAIL", "D56-3", "100", "м", "5000.00",
						"RUB"),
				line("2057-03-12", "ИП Без региона", A_PLAIN_CLIENT, null, null, "D56-1", "1", "шт", "400.00", "RUB"),
				line("2057-03-15", "ООО \"Клиент <А>\"", A_CLIENT, "66", "RETAIL", "D56-1", "3", "шт", "1500.00",
						"USD"));
		send(http, A, "2057-01", line("2057-01-20", "ООО \"Общий клиент\"", SHARED_CLIENT, "77", "DEALER", "D56-2", "1",
				"шт", "2000.00", "RUB"));
		send(http, A, "2056-10", line("2056-10-20", "ООО \"Общий клиент\"", SHARED_CLIENT, "77", "DEALER", "D56-1", "1",
				"шт", "900.00", "RUB"));
		send(http, A, "2056-03", line("2056-03-20", "ООО \"Общий клиент\"", SHARED_CLIENT, "77", "DEALER", "D56-1", "1",
				"шт", "800.00", "RUB"));
		send(http, B, "2057-03",
				line("2057-03-07", "ООО \"Общий клиент\"", SHARED_CLIENT, "77", "DEALER", "D56-3", "50", "м", "3000.00",
						"RUB"),
				line("2057-03-08", "ООО \"Только Бета\"", B_CLIENT, "50", "INSTALLER", "D56-2", "2", "шт", "6000.00",
						"RUB"));
		awaitFigures(jdbc, transactions);
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

	private static void product(JdbcClient jdbc, String sku, String name, long group, String unit) {
		jdbc.sql("insert into products (sku, name, group_id, unit) values (?, ?, ?, ?)")
			.params(sku, name, group, unit)
			.update();
	}

	private static String line(String date, String client, String inn, String region, String segment, String sku,
			String quantity, String unit, String amount, String currency) {
		StringJoiner fields = new StringJoiner(", ", "{", "}");
		fields.add("\"sale_date\": \"" + date + "\"");
		fields.add("\"client_name\": " + SellOutApi.JSON.writeValueAsString(client));
		fields.add("\"client_inn\": \"" + inn + "\"");
		if (region != null) {
			fields.add("\"region\": \"" + region + "\"");
		}
		if (segment != null) {
			fields.add("\"client_segment\": \"" + segment + "\"");
		}
		fields.add("\"sku\": \"" + sku + "\"");
		fields.add("\"quantity\": " + quantity);
		fields.add("\"unit\": \"" + unit + "\"");
		fields.add("\"amount\": \"" + amount + "\"");
		fields.add("\"currency\": \"" + currency + "\"");
		fields.add("\"document_no\": \"D56-" + date + "-" + sku + "\"");
		return fields.toString();
	}

	private static void send(Supplier<PortalHttp> http, String code, String period, String... lines) {
		String json = "{\"period\": \"" + period + "\", \"lines\": [" + String.join(",\n", lines) + "]}";
		HttpResponse<String> response = new SellOutApi(http.get()).post(code.toLowerCase() + ".admin",
				"application/json", json.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).as(response.body()).isIn(201, 202);
		long id = SellOutApi.json(response).path("id").asLong();
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String status = SellOutApi.json(response).path("status").asString();
		while (!status.startsWith("ACCEPTED") && System.nanoTime() < until) {
			pause();
			status = SellOutApi
				.json(http.get().api("/api/v1/sellout/reports/" + id, code.toLowerCase() + ".admin", "demo"))
				.path("status")
				.asString();
		}
		assertThat(status).as(response.body()).isEqualTo("ACCEPTED");
	}

	/**
	 * Waits until every listener of the report events has handled what was published so
	 * far: the rollups are kept asynchronously.
	 */
	static void awaitFigures(JdbcClient jdbc, ScopedTransactions transactions) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long open;
		do {
			open = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc
						.sql("select count(*) from event_publication where completion_date is null"
								+ " and lower(listener_id) like '%analytics%'")
						.query(Long.class)
						.single());
			if (open > 0) {
				pause();
			}
		}
		while (open > 0 && System.nanoTime() < until);
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
