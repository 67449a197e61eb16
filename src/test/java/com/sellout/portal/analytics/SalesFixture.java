package com.sellout.portal.analytics;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestInns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two distributors of their own (AN53A, AN53B), their users and products, for the
 * figures' tests in 2052–2055, years no other test uses; their sell-out is sent through
 * the real API by the tests. AN53A and AN53B share the client {@link #SHARED}; each has
 * clients of its own. Products: A53-1 in «Аналитика 2053», A53-2 in its sub-group
 * «Вложенная», A53-3 (sold in metres) in «Аналитика 2053 прочее».
 */
final class SalesFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PASSWORD = "an-password-53";

	static final String A = "AN53A";

	static final String B = "AN53B";

	/** Bought from both distributors. */
	static final String SHARED = TestInns.organisation(5_300_001);

	/** AN53A's only: sold without region and segment (nobody registered it). */
	static final String A_ONLY = TestInns.organisation(5_300_002);

	/** AN53A's only: the restricted manager's one client. */
	static final String A_MANAGED = TestInns.organisation(5_300_003);

	/** AN53B's only. */
	static final String B_ONLY = TestInns.organisation(5_300_004);

	private static boolean ready;

	private SalesFixture() {
	}

	/** Group ids: the parent, its sub-group, the other. */
	record Groups(long parent, long child, long other) {
	}

	static synchronized Groups ensure(JdbcClient jdbc, UserAccounts users, AsSystem system) {
		if (!ready) {
			system.run(() -> {
				if (jdbc.sql("select count(*) from distributors where code = ?")
					.param(A)
					.query(Long.class)
					.single() == 0) {
					create(jdbc, users);
				}
				return null;
			});
			ready = true;
		}
		return system.run(() -> new Groups(group(jdbc, "Аналитика 2053"), group(jdbc, "Аналитика 2053 / Вложенная"),
				group(jdbc, "Аналитика 2053 прочее")));
	}

	/** PortalTest's asSystem, handed in. */
	interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	private static void create(JdbcClient jdbc, UserAccounts users) {
		long a = distributor(jdbc, A, "ООО \"Аналитика А\"", 5_300_101);
		long b = distributor(jdbc, B, "ООО \"Аналитика Б\"", 5_300_102);
		users.register("an53a.admin", PASSWORD, "Админ Аналитика А", null, Role.DISTRIBUTOR_ADMIN, a);
		users.register("an53b.admin", PASSWORD, "Админ Аналитика Б", null, Role.DISTRIBUTOR_ADMIN, b);
		users.register("an53a.manager", PASSWORD, "Менеджер Аналитика А", null, Role.DISTRIBUTOR_MANAGER, a);
		users.register("an53b.1c", PASSWORD, "1С Аналитика Б", null, Role.INTEGRATION, b);
		long parent = insertGroup(jdbc, null, "Аналитика 2053", "Аналитика 2053");
		long child = insertGroup(jdbc, parent, "Вложенная", "Аналитика 2053 / Вложенная");
		long other = insertGroup(jdbc, null, "Аналитика 2053 прочее", "Аналитика 2053 прочее");
		product(jdbc, "A53-1", "Светильник аналитический", parent);
		product(jdbc, "A53-2", "Лампа вложенная", child);
		product(jdbc, "A53-3", "Кабель метражный", other);
	}

	/** A report file in the canonical JSON, built line by line. */
	static final class Report {

		private final ObjectNode root = JSON.createObjectNode();

		private final ArrayNode lines;

		Report(String period) {
			root.put("period", period);
			lines = root.putArray("lines");
		}

		/** A sale; region, segment and currency may be null (none in the file). */
		Report sale(String date, String inn, String client, String region, String segment, String sku, String quantity,
				String unit, String amount, String currency) {
			ObjectNode line = lines.addObject();
			line.put("sale_date", date);
			line.put("client_inn", inn);
			line.put("client_name", client);
			if (region != null) {
				line.put("region", region);
			}
			if (segment != null) {
				line.put("client_segment", segment);
			}
			line.put("sku", sku);
			line.put("quantity", quantity);
			line.put("unit", unit);
			line.put("amount", amount);
			line.put("vat_included", false);
			if (currency != null) {
				line.put("currency", currency);
			}
			return this;
		}

		/** Sends it through the API as this user; the report's answer. */
		JsonNode send(PortalHttp http, String login) {
			HttpResponse<String> response = http.apiPost("/api/v1/sellout/reports", "application/json",
					JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8), login, PASSWORD);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			return JSON.readTree(response.body());
		}

	}

	/**
	 * Waits until the rollups hold each of AN53A's and AN53B's active reports at its
	 * current revision and none of their reports that no longer counts as active: the
	 * figures are then those of the report events' real path. (Not every listener's open
	 * publication: one failed elsewhere — another test's database outage — stays open,
	 * and a test that empties the rollups leaves no row of an inactive report.)
	 */
	static void awaitRollups(JdbcClient jdbc, AsSystem system) {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long behind;
		do {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			behind = system.run(() -> jdbc.sql("""
					select count(*) from sellout_report_states s join distributors d on d.id = s.distributor_id
					 where d.code in (:a, :b) and s.kind = 'SELLOUT'
					   and ((s.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
					         and not exists (select 1 from analytics_reports r
					                          where r.report_id = s.id and r.revision = s.revision))
					     or (s.status not in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
					         and exists (select 1 from analytics_reports r where r.report_id = s.id and r.active)))""")
				.param("a", A)
				.param("b", B)
				.query(Long.class)
				.single());
		}
		while (behind > 0 && System.nanoTime() < until);
		assertThat(behind).as("rollup refreshes still open or behind").isZero();
	}

	private static long distributor(JdbcClient jdbc, String code, String name, int inn) {
		return jdbc.sql("insert into distributors (code, name, inn) values (?, ?, ?) returning id")
			.params(code, name, TestInns.organisation(inn))
			.query(Long.class)
			.single();
	}

	private static long insertGroup(JdbcClient jdbc, Long parent, String name, String path) {
		return jdbc.sql("insert into product_groups (parent_id, name, path) values (?, ?, ?) returning id")
			.params(parent, name, path)
			.query(Long.class)
			.single();
	}

	private static long group(JdbcClient jdbc, String path) {
		return jdbc.sql("select id from product_groups where path = ?").param(path).query(Long.class).single();
	}

	private static void product(JdbcClient jdbc, String sku, String name, long group) {
		jdbc.sql("insert into products (sku, name, group_id, list_price) values (?, ?, ?, 100)")
			.params(sku, name, group)
			.update();
	}

	static List<String> keys(JsonNode answer) {
		List<String> keys = new ArrayList<>();
		answer.path("rows").forEach(row -> keys.add(row.path("key").asString()));
		return keys;
	}

}
