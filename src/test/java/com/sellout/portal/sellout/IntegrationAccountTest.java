package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.OneCDocuments.Sale;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distributors' systems deliver sell-out without anyone logging in: integration accounts
 * with a password (HTTP Basic) or a token (Bearer), limited to their own distributor's
 * sell-out API.
 */
class IntegrationAccountTest extends PortalTest {

	@Autowired
	private IntegrationAccounts integrations;

	@Autowired
	private UserAccounts users;

	@Autowired
	private Distributors distributors;

	@Test
	void aSystemDelivers1cDocumentsWithBasicAuthOrATokenUntilTheTokenIsRevoked() {
		PortalHttp http = browser();
		byte[] cml = OneCDocuments.commerceMl("CML-1", "2023-02-03", "EL-10011", 2, "2100.00");
		HttpResponse<String> basic = http.apiPost("/api/v1/sellout/reports", "application/xml", cml, "alfa.1c", "demo");
		assertThat(basic.statusCode()).as(basic.body()).isEqualTo(201);
		JsonNode first = SellOutApi.json(basic);
		assertThat(first.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(first.path("format").asString()).isEqualTo("COMMERCE_ML");
		assertThat(first.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("4200.00");

		long account = userId("alfa.1c");
		String token = asUser("admin", () -> integrations.createToken(account, "1С УТ"));
		assertThat(token).startsWith("sop_");
		byte[] ed = OneCDocuments.enterpriseData(Sale.of("ED-1", "2023-02-04", "EL-10012", 1, "1500"));
		HttpResponse<String> bearer = http.request("POST", "/api/v1/sellout/reports", "application/xml", ed,
				"Authorization", "Bearer " + token);
		assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(201);
		long id = SellOutApi.json(bearer).path("id").asLong();
		assertThat(SellOutApi.json(bearer).path("format").asString()).isEqualTo("ENTERPRISE_DATA 1.6");
		assertThat(http.request("GET", "/api/v1/sellout/reports/" + id, null, null, "Authorization", "Bearer " + token)
			.statusCode()).isEqualTo(200);
		assertThat(asUser("alfa.admin", () -> integrations.tokens(account)).get(0).lastUsedAt()).isNotNull();

		long tokenId = asUser("alfa.admin", () -> integrations.tokens(account)).get(0).id();
		asUser("alfa.admin", () -> {
			integrations.revokeToken(account, tokenId);
			return null;
		});
		HttpResponse<String> revoked = http.request("GET", "/api/v1/sellout/reports/" + id, null, null, "Authorization",
				"Bearer " + token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(http.request("GET", "/api/v1/sellout/reports", null, null, "Authorization", "Bearer sop_forged")
			.statusCode()).isEqualTo(401);
	}

	@Test
	void theDistributorsAdministratorIssuesTokensOnTheAccountsPageAndNoOtherDistributorCan() {
		long account = userId("alfa.1c");
		PortalHttp alfaAdmin = browser().loggedInAs("alfa.admin", "demo");
		HttpResponse<String> issued = alfaAdmin.submit("/admin/users/" + account, "/admin/users/" + account + "/tokens",
				Map.of("name", "1С УТ 11"));
		assertThat(issued.statusCode()).isEqualTo(302);
		Matcher token = Pattern.compile("data-testid=\"new-token\">(sop_[A-Za-z0-9_-]+)<")
			.matcher(alfaAdmin.get("/admin/users/" + account).body());
		assertThat(token.find()).as("the token is shown once").isTrue();
		assertThat(alfaAdmin.get("/admin/users/" + account).body()).doesNotContain(token.group(1)).contains("1С УТ 11");
		assertThat(
				browser().request("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + token.group(1)).body())
			.contains("alfa.1c");

		PortalHttp betaAdmin = browser().loggedInAs("beta.admin", "demo");
		assertThat(betaAdmin.get("/admin/users/" + account).statusCode()).isEqualTo(404);
		assertThat(betaAdmin.postForm("/admin/users/" + account + "/tokens", Map.of("name", "x")).statusCode())
			.isIn(403, 404);
	}

	@Test
	void anIntegrationAccountReachesItsOwnSellOutAndNothingElse() {
		PortalHttp http = browser();
		byte[] beta = SalesFile.create().sale("05.03.2023", "EL-10013", 1, "300").bytes();
		long betaReport = SellOutApi.json(new SellOutApi(http).upload("beta.admin", "b.csv", beta, "2023-03"))
			.path("id")
			.asLong();
		assertThat(http.api("/api/v1/sellout/reports/" + betaReport, "alfa.1c", "demo").statusCode()).isEqualTo(404);
		assertThat(http.api("/api/v1/sellout/reports/" + betaReport, "beta.1c", "demo").statusCode()).isEqualTo(200);
		assertThat(http.apiPost("/api/v1/sellout/reports?distributor=BETA", "text/csv", beta, "alfa.1c", "demo")
			.statusCode()).isEqualTo(404);
		assertThat(http.api("/api/v1/clients", "alfa.1c", "demo").statusCode()).isEqualTo(403);
		assertThat(http.api("/api/v1/products", "alfa.1c", "demo").statusCode()).isEqualTo(403);
		assertThat(http.api("/api/v1/me", "alfa.1c", "demo").statusCode()).isEqualTo(200);

		PortalHttp page = browser();
		page.login("alfa.1c", "demo");
		assertThat(page.get("/").statusCode()).isEqualTo(403);
		assertThat(page.get("/clients").statusCode()).isEqualTo(403);
	}

	@Test
	void everySampleDeliveredByASystemGivesTheExpectedTotals() {
		Distributor delta = asUser("admin", () -> distributors.create(form("DELTA", "7707083893")));
		asUser("admin",
				() -> users.register("delta.1c", "demo-pass-1", "1С DELTA", null, Role.INTEGRATION, delta.id()));
		String token = asUser("admin", () -> integrations.createToken(userId("delta.1c"), "1С"));
		PortalHttp http = browser();
		HttpResponse<String> xref = http.apiPost("/api/v1/value-mappings?type=SKU&distributor=DELTA", "text/csv",
				SellOutApi.sample("beta_xref.csv"), "admin", "demo");
		assertThat(xref.statusCode()).isEqualTo(200);
		// the EnterpriseData sample names its organisation, GAMMA's: from DELTA it is
		// refused
		byte[] gammaBooks = SellOutApi.sample("gamma_enterprisedata.xml");
		HttpResponse<String> refused = http.request("POST", "/api/v1/sellout/reports?period=2026-09", "application/xml",
				gammaBooks, "Authorization", "Bearer " + token, "X-File-Name", "gamma_enterprisedata.xml");
		assertThat(SellOutApi.json(refused).path("status").asString()).isEqualTo("REJECTED");
		assertThat(SellOutApi.json(refused).path("rejectionReason").asString()).contains("6655323405");
		byte[] deltaBooks = new String(gammaBooks, StandardCharsets.UTF_8)
			.replace("<ИНН>6655323405</ИНН>", "<ИНН>7707083893</ИНН>")
			.getBytes(StandardCharsets.UTF_8);
		for (Map.Entry<String, String> sample : Map
			.of("alfa_2026-09.xlsx", "application/octet-stream", "beta_sep.csv", "text/csv", "gamma_enterprisedata.xml",
					"application/xml", "gamma_api.json", "application/json")
			.entrySet()) {
			JsonNode expected = ExpectedTotals.of(sample.getKey());
			byte[] file = sample.getKey().endsWith(".xml") ? deltaBooks : SellOutApi.sample(sample.getKey());
			HttpResponse<String> delivered = http.request("POST",
					"/api/v1/sellout/reports?period=" + expected.path("period").asString(), sample.getValue(), file,
					"Authorization", "Bearer " + token, "X-File-Name", sample.getKey());
			assertThat(delivered.statusCode()).as(sample.getKey() + ": " + delivered.body()).isEqualTo(201);
			JsonNode report = SellOutApi.json(delivered);
			assertThat(report.path("distributor").asString()).isEqualTo("DELTA");
			ExpectedTotals.assertMatch(report, expected);
		}
	}

	@Test
	void incrementalDeliveriesAddReplaceAndDeleteDocumentsOfThePeriod() {
		long account = userId("gamma.1c");
		asUser("admin", () -> {
			integrations.setDeliveryMode(account, IntegrationAccounts.DeliveryMode.INCREMENTAL);
			return null;
		});
		try {
			PortalHttp http = browser();
			JsonNode first = new SellOutApi(http).deliverAsGamma1c(Sale.of("IN-A", "2023-05-02", "EL-10001", 2, "2000"),
					Sale.of("IN-B", "2023-05-03", "EL-10002", 3, "4500"));
			assertThat(first.path("status").asString()).isEqualTo("MERGED");
			assertThat(periodReport().path("acceptedQuantity").asInt()).isEqualTo(5);

			new SellOutApi(http).deliverAsGamma1c(Sale.of("IN-B", "2023-05-03", "EL-10002", 5, "7500"),
					Sale.of("IN-C", "2023-05-10", "EL-10003", 1, "1400"));
			JsonNode second = periodReport();
			assertThat(second.path("acceptedQuantity").asInt()).as("B replaced, C added").isEqualTo(8);
			assertThat(second.path("lines").asInt()).isEqualTo(3);

			new SellOutApi(http)
				.deliverAsGamma1c(Sale.of("IN-A", "2023-05-02", "EL-10001", 2, "2000").markedForDeletion());
			JsonNode third = periodReport();
			assertThat(third.path("acceptedQuantity").asInt()).as("A deleted").isEqualTo(6);
			assertThat(third.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("8900");
			assertThat(third.path("lines").asInt()).isEqualTo(2);
			assertThat(third.path("version").asInt()).isEqualTo(3);
			assertThat(third.path("status").asString()).isEqualTo("ACCEPTED");
		}
		finally {
			asUser("admin", () -> {
				integrations.setDeliveryMode(account, IntegrationAccounts.DeliveryMode.SNAPSHOT);
				return null;
			});
		}
	}

	private JsonNode periodReport() {
		JsonNode list = SellOutApi.json(browser().api("/api/v1/sellout/reports?period=2023-05", "gamma.1c", "demo"));
		JsonNode active = null;
		for (JsonNode report : list.path("items")) {
			if (report.path("status").asString().startsWith("ACCEPTED")) {
				assertThat(active).as("one active report").isNull();
				active = report;
			}
		}
		assertThat(active).isNotNull();
		return active;
	}

	private static DistributorForm form(String code, String inn) {
		DistributorForm form = new DistributorForm(code, "ООО \"" + code + "\"", inn, null, null,
				LocalDate.of(2026, 1, 1), null, ReportingFrequency.MONTHLY, null, null);
		return form;
	}

}
