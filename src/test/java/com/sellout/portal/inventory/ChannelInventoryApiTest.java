package com.sellout.portal.inventory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/channel-inventory}: a month's rows with every figure under its API
 * name and the totals of them all; the manufacturer names a distributor or reads all of
 * them, a group takes its sub-groups' products too, and a distributor's integration
 * account — with its own token — reads its own rows and nothing of another distributor.
 */
class ChannelInventoryApiTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private UserAccounts users;

	@Autowired
	private IntegrationAccounts integrations;

	private InventoryRowsFixture.Groups groups;

	@BeforeEach
	void rows() {
		groups = InventoryRowsFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void aDistributorsMonthHasEveryFigureOfEachRowAndTheTotals() {
		JsonNode answer = get("admin", "demo", "?distributor=INV44A&period=2044-03");
		assertThat(skus(answer)).containsExactly("I44-1", "I44-2", "I44-3");
		JsonNode first = answer.path("rows").get(0);
		List<String> names = new ArrayList<>(first.propertyNames());
		assertThat(names).containsExactly("distributor", "sku", "name", "opening", "openingSource", "sellIn", "sellOut",
				"calculatedClosing", "reportedClosing", "gap", "gapValue", "gapPercent", "weeksOfSupply", "band",
				"staleStock", "staleDays");
		assertThat(first.path("distributor").asString()).isEqualTo("INV44A");
		assertThat(first.path("name").asString()).isEqualTo("Светильник запасной");
		assertThat(first.path("opening").decimalValue()).isEqualByComparingTo("100");
		assertThat(first.path("openingSource").asString()).isEqualTo("REPORTED");
		assertThat(first.path("sellIn").decimalValue()).isEqualByComparingTo("50");
		assertThat(first.path("sellOut").decimalValue()).isEqualByComparingTo("30");
		assertThat(first.path("calculatedClosing").decimalValue()).isEqualByComparingTo("120");
		assertThat(first.path("reportedClosing").decimalValue()).isEqualByComparingTo("110");
		assertThat(first.path("gap").decimalValue()).isEqualByComparingTo("-10");
		assertThat(first.path("gapValue").decimalValue()).isEqualByComparingTo("-1000");
		assertThat(first.path("gapPercent").decimalValue()).isEqualByComparingTo("-8.33");
		assertThat(first.path("weeksOfSupply").decimalValue()).isEqualByComparingTo("14.67");
		assertThat(first.path("band").asString()).isEqualTo("EXCESS");
		assertThat(first.path("staleStock").asBoolean()).isTrue();
		assertThat(first.path("staleDays").asInt()).isEqualTo(131);
		JsonNode unknown = answer.path("rows").get(2);
		assertThat(unknown.path("openingSource").asString()).isEqualTo("NONE");
		assertThat(unknown.path("opening").isNull()).isTrue();
		assertThat(unknown.path("gap").isNull()).as("no gap before the first stock report").isTrue();
		assertThat(unknown.path("band").asString()).isEqualTo("OUT_OF_STOCK");

		JsonNode totals = answer.path("totals");
		assertThat(totals.path("rows").asLong()).isEqualTo(3);
		assertThat(totals.path("opening").decimalValue()).isEqualByComparingTo("120");
		assertThat(totals.path("sellIn").decimalValue()).isEqualByComparingTo("100");
		assertThat(totals.path("sellOut").decimalValue()).isEqualByComparingTo("95");
		assertThat(totals.path("calculatedClosing").decimalValue()).isEqualByComparingTo("125");
		assertThat(totals.path("reportedClosing").decimalValue()).isEqualByComparingTo("118");
		assertThat(totals.path("gap").decimalValue()).isEqualByComparingTo("-7");
		assertThat(totals.path("gapValue").decimalValue()).isEqualByComparingTo("-700");
		assertThat(totals.path("bands").path("OUT_OF_STOCK").asLong()).isEqualTo(1);
		assertThat(totals.path("bands").path("LOW").asLong()).isEqualTo(1);
		assertThat(totals.path("bands").path("HEALTHY").asLong()).isZero();
		assertThat(totals.path("bands").path("EXCESS").asLong()).isEqualTo(1);
		assertThat(totals.path("staleStock").asLong()).isEqualTo(1);
	}

	@Test
	void theManufacturerWithoutADistributorReadsEachDistributorsRowsAndAGroupIncludesItsSubGroups() {
		JsonNode all = get("analyst", "demo", "?period=2044-03&sku=I44-1");
		List<String> distributors = new ArrayList<>();
		all.path("rows").forEach(row -> distributors.add(row.path("distributor").asString()));
		assertThat(distributors).containsExactly("INV44A", "INV44B");
		assertThat(all.path("totals").path("sellOut").decimalValue()).isEqualByComparingTo("31");

		assertThat(skus(get("admin", "demo", "?distributor=INV44A&period=2044-03&group=" + groups.parent())))
			.containsExactly("I44-1", "I44-2");
		assertThat(skus(get("admin", "demo", "?distributor=INV44A&period=2044-03&group=" + groups.child())))
			.containsExactly("I44-2");
		assertThat(skus(get("admin", "demo", "?distributor=INV44A&period=2044-03&group=" + groups.other())))
			.containsExactly("I44-3");
		assertThat(get("admin", "demo", "?distributor=INV44A&period=2044-04").path("rows")).isEmpty();
	}

	@Test
	void anIntegrationAccountsTokenReadsItsOwnRowsAndAnotherDistributorIsNotFound() {
		long account = userId("inv44a.1c");
		String token = asUser("admin", () -> integrations.createToken(account, "1С Запас"));
		PortalHttp http = browser();
		HttpResponse<String> own = http.request("GET", "/api/v1/channel-inventory?period=2044-03", null, null,
				"Authorization", "Bearer " + token);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		JsonNode answer = JSON.readTree(own.body());
		assertThat(skus(answer)).containsExactly("I44-1", "I44-2", "I44-3");
		answer.path("rows").forEach(row -> assertThat(row.path("distributor").asString()).isEqualTo("INV44A"));
		assertThat(http
			.request("GET", "/api/v1/channel-inventory?period=2044-03&distributor=inv44a", null, null, "Authorization",
					"Bearer " + token)
			.statusCode()).isEqualTo(200);

		HttpResponse<String> other = http.request("GET", "/api/v1/channel-inventory?period=2044-03&distributor=INV44B",
				null, null, "Authorization", "Bearer " + token);
		HttpResponse<String> none = http.request("GET", "/api/v1/channel-inventory?period=2044-03&distributor=NOSUCH44",
				null, null, "Authorization", "Bearer " + token);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(other.body()).as("another distributor answers as one that does not exist")
			.isEqualTo(none.body().replace("NOSUCH44", "INV44B"))
			.doesNotContain("Запас Б");
		HttpResponse<String> beta = http.api("/api/v1/channel-inventory?period=2044-03", "inv44b.admin",
				InventoryRowsFixture.PASSWORD);
		assertThat(skus(JSON.readTree(beta.body()))).containsExactly("I44-1");
		assertThat(http
			.api("/api/v1/channel-inventory?period=2044-03&distributor=INV44A", "inv44b.admin",
					InventoryRowsFixture.PASSWORD)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aBadMonthIsA400ProblemInTheCallersLanguage() {
		PortalHttp http = browser();
		HttpResponse<String> english = http.api("/api/v1/channel-inventory?period=2044-13", "inv44a.1c",
				InventoryRowsFixture.PASSWORD);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(english.body()).path("detail").asString())
			.isEqualTo("The month \"2044-13\" is not valid: use YYYY-MM.");
		HttpResponse<String> russian = http.request("GET", "/api/v1/channel-inventory?period=март", null, null,
				"Authorization", basic("inv44a.1c"), "Accept-Language", "ru");
		assertThat(russian.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(russian.body()).path("detail").asString())
			.isEqualTo("Месяц «март» указан неверно: нужен формат ГГГГ-ММ.");
		HttpResponse<String> missing = http.api("/api/v1/channel-inventory", "admin", "demo");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(missing.body()).path("detail").asString()).contains("period=YYYY-MM");
		assertThat(http.api("/api/v1/channel-inventory?period=2044-03&group=abc", "admin", "demo").statusCode())
			.isEqualTo(400);
	}

	private JsonNode get(String login, String password, String query) {
		HttpResponse<String> response = browser().api("/api/v1/channel-inventory" + query, login, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static List<String> skus(JsonNode answer) {
		List<String> skus = new ArrayList<>();
		answer.path("rows").forEach(row -> skus.add(row.path("sku").asString()));
		return skus;
	}

	private static String basic(String login) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((login + ":" + InventoryRowsFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
