package com.sellout.portal.analytics;

import java.net.http.HttpResponse;
import java.util.List;

import com.sellout.portal.analytics.SalesFigureChecks.Caller;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.analytics.SalesFiguresApiTest.CLIENT;
import static com.sellout.portal.analytics.SalesFiguresApiTest.DISTRIBUTOR;
import static com.sellout.portal.analytics.SalesFiguresApiTest.SKU;
import static com.sellout.portal.analytics.SalesFixture.A_MANAGED;
import static com.sellout.portal.analytics.SalesFixture.A_ONLY;
import static com.sellout.portal.analytics.SalesFixture.PASSWORD;
import static com.sellout.portal.analytics.SalesFixture.SHARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures' API keeps the pages' isolation: a distributor's user — and its integration
 * account's token — reads its own lines only (another distributor is answered exactly as
 * one without sales, a client it shares is its own sales to it), a manager restricted to
 * a client sees that client's only, and bad parameters are a 400 problem in the caller's
 * language. The sales are {@link SalesFiguresApiTest}'s.
 */
class SalesFiguresIsolationTest extends PortalTest {

	private static final String RANGE = "from=2053-01&to=2053-03&by=";

	@Autowired
	private UserAccounts users;

	@Autowired
	private IntegrationAccounts integrations;

	@Autowired
	private ManagerScopes managers;

	private SalesFigureChecks checks;

	private long a;

	private long b;

	@BeforeEach
	void sales() {
		SalesFixture.ensure(jdbc, users, this::asSystem);
		checks = new SalesFigureChecks(browser(), jdbc, this::asSystem);
		SalesFiguresApiTest.send(browser(), jdbc, this::asSystem);
		a = distributorId(SalesFixture.A);
		b = distributorId(SalesFixture.B);
	}

	@Test
	void aDistributorReadsItsOwnFiguresOnlyWithItsPasswordOrItsToken() {
		long account = userId("an53b.1c");
		String token = asUser("admin", () -> integrations.createToken(account, "1С Аналитика Б"));
		for (Caller beta : List.of(Caller.basic("an53b.admin", PASSWORD), Caller.bearer(token))) {
			String own = "s.distributor_id = " + b;
			JsonNode distributors = checks.assertEqual(beta, RANGE + "distributor", "2053-01", "2053-03", own,
					DISTRIBUTOR, null);
			assertThat(SalesFixture.keys(distributors)).containsExactly(SalesFixture.B);
			JsonNode clients = checks.assertEqual(beta, RANGE + "client", "2053-01", "2053-03", own, CLIENT, null);
			assertThat(SalesFixture.keys(clients)).doesNotContain(A_ONLY, A_MANAGED).contains(SHARED);
			// the shared client: its purchases from this distributor only
			checks.assertEqual(beta, RANGE + "sku&client=" + SHARED, "2053-01", "2053-03",
					own + " and s.client_inn = '" + SHARED + "'", SKU, null);
			checks.assertEqual(beta, RANGE + "sku,client&distributor=" + SalesFixture.B, "2053-01", "2053-03", own, SKU,
					CLIENT);

			JsonNode other = checks.answer(beta, RANGE + "sku&distributor=" + SalesFixture.A);
			JsonNode nobody = checks.answer(beta, RANGE + "sku&distributor=NOSUCH53");
			assertThat(other.path("rows")).isEmpty();
			assertThat(other.toString()).as("another distributor is answered as one that does not exist")
				.isEqualTo(nobody.toString());
			assertThat(other.path("totals").path("amountNet").decimalValue()).isZero();
			assertThat(other.path("totals").path("lines").asLong()).isZero();
			assertThat(other.path("totals").path("clients").asLong()).isZero();
			JsonNode aOnly = checks.answer(beta, RANGE + "client&client=" + A_ONLY);
			assertThat(aOnly.path("rows")).isEmpty();
			assertThat(aOnly.path("totals").path("lines").asLong()).isZero();
		}
	}

	@Test
	void aRestrictedManagerSeesItsClientsOnlyAndTheManufacturerSeesAll() {
		long client = asSystem(() -> jdbc.sql("select id from clients where inn = ? and kpp is null")
			.param(A_MANAGED)
			.query(Long.class)
			.single());
		long manager = userId("an53a.manager");
		asUser("admin", () -> {
			managers.restrict(manager, List.of(client));
			return null;
		});
		try {
			Caller restricted = Caller.basic("an53a.manager", PASSWORD);
			String mine = "s.distributor_id = " + a + " and s.client_inn = '" + A_MANAGED + "'";
			JsonNode clients = checks.assertEqual(restricted, RANGE + "client", "2053-01", "2053-03", mine, CLIENT,
					null);
			assertThat(SalesFixture.keys(clients)).containsExactly(A_MANAGED);
			checks.assertEqual(restricted, RANGE + "sku", "2053-01", "2053-03", mine, SKU, null);
			checks.assertEqual(restricted, RANGE + "region,segment", "2053-01", "2053-03", mine,
					SalesFiguresApiTest.REGION, SalesFiguresApiTest.SEGMENT);
			JsonNode shared = checks.answer(restricted, RANGE + "sku&client=" + SHARED);
			assertThat(shared.path("rows")).isEmpty();
			assertThat(checks.answer(restricted, RANGE + "period").path("source").asString())
				.isEqualTo("sales_by_client");
		}
		finally {
			asUser("admin", () -> {
				managers.lift(manager);
				return null;
			});
		}
		// unrestricted again: all the distributor's clients
		checks.assertEqual(Caller.basic("an53a.manager", PASSWORD), RANGE + "client", "2053-01", "2053-03",
				"s.distributor_id = " + a, CLIENT, null);
		checks.assertEqual(SalesFiguresApiTest.ANALYST, RANGE + "distributor,client", "2053-01", "2053-03", null,
				DISTRIBUTOR, CLIENT);
	}

	@Test
	void badParametersAreA400ProblemInTheCallersLanguage() {
		Caller analyst = SalesFiguresApiTest.ANALYST;
		assertProblem(analyst, "to=2053-03&by=sku", "Укажите месяц: from=ГГГГ-ММ.", "Name the month: from=YYYY-MM.");
		assertProblem(analyst, "from=2053-13&to=2053-03", "Месяц from=«2053-13» указан неверно: нужен формат ГГГГ-ММ.",
				"The month from=\"2053-13\" is not valid: use YYYY-MM.");
		assertProblem(analyst, "from=2053-01&to=март", "Месяц to=«март» указан неверно: нужен формат ГГГГ-ММ.",
				"The month to=\"март\" is not valid: use YYYY-MM.");
		assertProblem(analyst, "from=2053-03&to=2053-01", "Конец диапазона (2053-01) раньше его начала (2053-03).",
				"The end of the range (2053-01) is before its start (2053-03).");
		String dimensions = "period, distributor, region, segment, group, sku, client.";
		assertProblem(analyst, "from=2053-01&to=2053-03&by=city",
				"Разбивка by=«city» указана неверно: одно или два разных измерения через запятую из " + dimensions,
				"The breakdown by=\"city\" is not valid: one or two different dimensions, comma-separated, of "
						+ dimensions);
		assertProblem(analyst, "from=2053-01&to=2053-03&by=sku,sku",
				"Разбивка by=«sku,sku» указана неверно: одно или два разных измерения через запятую из " + dimensions,
				"The breakdown by=\"sku,sku\" is not valid: one or two different dimensions, comma-separated, of "
						+ dimensions);
		assertProblem(Caller.basic("an53b.admin", PASSWORD), "from=2053-01&to=2053-03&by=sku,region,client",
				"Разбивка by=«sku,region,client» указана неверно: одно или два разных измерения через запятую из "
						+ dimensions,
				"The breakdown by=\"sku,region,client\" is not valid: one or two different dimensions, comma-separated, of "
						+ dimensions);
		assertProblem(analyst, "from=2053-01&to=2053-03&group=abc",
				"Группа «abc» указана неверно: нужен её числовой id.",
				"The group \"abc\" is not valid: use its numeric id.");
		HttpResponse<String> anonymous = browser().apiAnonymous("/api/v1/analytics/sellout?from=2053-01&to=2053-03");
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	private void assertProblem(Caller caller, String query, String russian, String english) {
		for (String[] language : new String[][] { { "ru", russian }, { "en", english } }) {
			HttpResponse<String> response = checks.response(caller, query, language[0]);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(SalesFixture.JSON.readTree(response.body()).path("detail").asString()).isEqualTo(language[1]);
		}
	}

}
