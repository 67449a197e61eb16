package com.sellout.portal.odata;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.TestInns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two distributors of the feed's tests (OD61A, OD61B) in 2061, a year no other test uses:
 * their administrators, OD61A's manager restricted to one client, three products; their
 * sell-out is sent through the real API. Reads go over real HTTP with HTTP Basic, as
 * Power Query sends them.
 */
final class FeedFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PASSWORD = "od-password-61";

	static final String A = "OD61A";

	static final String B = "OD61B";

	static final String A_ADMIN = "od61a.admin";

	static final String B_ADMIN = "od61b.admin";

	static final String A_MANAGER = "od61a.manager";

	/** The manufacturer's analyst of the demo data. */
	static final String ANALYST = "analyst";

	static final String SHARED = TestInns.organisation(6_100_001);

	static final String A_ONLY = TestInns.organisation(6_100_002);

	/** The restricted manager's one client. */
	static final String A_MANAGED = TestInns.organisation(6_100_003);

	static final String B_ONLY = TestInns.organisation(6_100_004);

	/** What Power BI Desktop and Excel send as Accept for a feed's JSON. */
	static final String POWER_QUERY_ACCEPT = "application/json;odata.metadata=minimal;q=1.0,"
			+ "application/json;odata=minimalmetadata;q=0.9,application/atomsvc+xml;q=0.8,"
			+ "application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static boolean ready;

	private FeedFixture() {
	}

	interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	static String password(String login) {
		return login.startsWith("od61") ? PASSWORD : "demo";
	}

	/** Creates the distributors, users and products once, and sends the first reports. */
	static synchronized void ensure(JdbcClient jdbc, UserAccounts users, AsSystem system, String base) {
		if (ready) {
			return;
		}
		boolean fresh = system.run(() -> {
			if (jdbc.sql("select count(*) from distributors where code = ?").param(A).query(Long.class).single() > 0) {
				return false;
			}
			long a = distributor(jdbc, A, "ООО \"Фид А\"", 6_100_101);
			long b = distributor(jdbc, B, "ООО \"Фид Б\"", 6_100_102);
			users.register(A_ADMIN, PASSWORD, "Админ Фид А", null, Role.DISTRIBUTOR_ADMIN, a);
			users.register(B_ADMIN, PASSWORD, "Админ Фид Б", null, Role.DISTRIBUTOR_ADMIN, b);
			users.register(A_MANAGER, PASSWORD, "Менеджер Фид А", null, Role.DISTRIBUTOR_MANAGER, a);
			long group = jdbc
				.sql("insert into product_groups (name, path) values ('Фид 2061', 'Фид 2061') returning id")
				.query(Long.class)
				.single();
			for (String sku : List.of("OD61-1", "OD61-2", "OD61-3")) {
				jdbc.sql("insert into products (sku, name, group_id, list_price) values (?, ?, ?, 100)")
					.params(sku, "Товар " + sku, group)
					.update();
			}
			return true;
		});
		if (fresh) {
			Report january = new Report("2061-01");
			for (int i = 1; i <= 9; i++) {
				january.sale("2061-01-" + String.format("%02d", i),
						i % 3 == 0 ? A_MANAGED : i % 2 == 0 ? SHARED : A_ONLY, i % 2 == 0 ? "77" : "50",
						i % 2 == 0 ? "DEALER" : "RETAIL", "OD61-" + (1 + i % 3), i + ".5", (i * 100) + ".25");
			}
			january.send(base, A_ADMIN);
			Report february = new Report("2061-02");
			for (int i = 1; i <= 5; i++) {
				february.sale("2061-02-" + String.format("%02d", i), i % 2 == 0 ? A_MANAGED : SHARED, "77", "INSTALLER",
						"OD61-" + (1 + i % 2), Integer.toString(i), (i * 33) + ".10");
			}
			february.send(base, A_ADMIN);
			Report other = new Report("2061-01");
			for (int i = 1; i <= 4; i++) {
				other.sale("2061-01-1" + i, i % 2 == 0 ? SHARED : B_ONLY, "78", "DEALER", "OD61-1", "2", "500.00");
			}
			other.send(base, B_ADMIN);
			system.run(() -> {
				long a = jdbc.sql("select id from distributors where code = ?").param(A).query(Long.class).single();
				long manager = jdbc.sql("select id from users where login = ?")
					.param(A_MANAGER)
					.query(Long.class)
					.single();
				long client = jdbc.sql("select id from clients where inn = ?")
					.param(A_MANAGED)
					.query(Long.class)
					.single();
				jdbc.sql("insert into manager_client_scopes (user_id, distributor_id, client_id) values (?, ?, null)")
					.params(manager, a)
					.update();
				jdbc.sql("insert into manager_client_scopes (user_id, distributor_id, client_id) values (?, ?, ?)")
					.params(manager, a, client)
					.update();
				return null;
			});
		}
		ready = true;
	}

	/**
	 * Waits until OD61A's and OD61B's reports are settled and the rollups hold each
	 * active one at its revision (and no inactive one): the monthly set is then current.
	 */
	static void awaitSettled(JdbcClient jdbc, AsSystem system) {
		long until = System.nanoTime() + 60_000_000_000L;
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
					   and (s.status in ('RECEIVED', 'PROCESSING')
					     or (s.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')
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
		assertThat(behind).as("reports or rollups still behind").isZero();
	}

	/** A GET as Power Query sends it, with HTTP Basic. */
	static HttpResponse<String> get(String url, String login, String accept) {
		return get(url, login, accept, null);
	}

	static HttpResponse<String> get(String url, String login, String accept, String prefer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", accept)
			.header("OData-MaxVersion", "4.0")
			.header("OData-Version", "4.0");
		if (login != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((login + ":" + password(login)).getBytes(StandardCharsets.UTF_8)));
		}
		if (prefer != null) {
			request.header("Prefer", prefer);
		}
		try {
			return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every row of a set's read, page after page by @odata.nextLink; the pages counted.
	 */
	record Read(List<JsonNode> rows, int pages, List<String> links) {
	}

	static Read readAll(String url, String login, String accept, String prefer) {
		List<JsonNode> rows = new ArrayList<>();
		List<String> links = new ArrayList<>();
		String next = url;
		int pages = 0;
		while (next != null) {
			HttpResponse<String> response = get(next, login, accept, prefer);
			assertThat(response.statusCode()).as(next + " → " + response.body()).isEqualTo(200);
			assertThat(response.headers().firstValue("OData-Version")).hasValue("4.0");
			JsonNode page = JSON.readTree(response.body());
			page.path("value").forEach(rows::add);
			pages++;
			next = page.has("@odata.nextLink") ? page.path("@odata.nextLink").asString() : null;
			if (next != null) {
				links.add(next);
			}
			assertThat(pages).as("pages of " + url).isLessThan(10_000);
		}
		return new Read(rows, pages, links);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A report in the canonical JSON. */
	static final class Report {

		private final ObjectNode root = JSON.createObjectNode();

		private final ArrayNode lines;

		Report(String period) {
			root.put("period", period);
			lines = root.putArray("lines");
		}

		Report sale(String date, String inn, String region, String segment, String sku, String quantity,
				String amount) {
			ObjectNode line = lines.addObject();
			line.put("sale_date", date);
			line.put("client_inn", inn);
			line.put("client_name", "Клиент " + inn);
			line.put("region", region);
			line.put("client_segment", segment);
			line.put("sku", sku);
			line.put("quantity", quantity);
			line.put("unit", "шт");
			line.put("amount", amount);
			line.put("vat_included", false);
			return this;
		}

		JsonNode send(String base, String login) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/sellout/reports"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((login + ":" + password(login)).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(root), StandardCharsets.UTF_8))
				.build();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				return JSON.readTree(response.body());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static long distributor(JdbcClient jdbc, String code, String name, int inn) {
		return jdbc.sql("insert into distributors (code, name, inn) values (?, ?, ?) returning id")
			.params(code, name, TestInns.organisation(inn))
			.query(Long.class)
			.single();
	}

}
