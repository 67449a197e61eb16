package com.sellout.portal.forecasting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.internal.ForecastFixture;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's ERP, through its integration account's token: it posts its named orders
 * and reads its own forecast and sell-in plan; another distributor's forecast answers as
 * one that does not exist, and the orders it lists are its own only.
 */
class ForecastIntegrationAccountTest extends PortalTest {

	static final String OWN = "FC73I";

	static final String OTHER = "FC73J";

	static final String SKU = "F73-1";

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private IntegrationAccounts integrations;

	@Test
	void anErpPostsItsNamedOrdersAndReadsItsOwnForecastOnly() {
		asSystem(() -> {
			Distributor own = ForecastFixture.distributor(distributors, users, OWN, 7_300_101);
			ForecastFixture.distributor(distributors, users, OTHER, 7_300_102);
			users.register("fc73i.erp", ForecastFixture.PASSWORD, "ERP " + OWN, null, Role.INTEGRATION, own.id());
			return null;
		});
		new ForecastFixture(this::browser, jdbc, transactions).group("Прогноз 2073", SKU);
		String token = asUser("admin", () -> integrations.createToken(userId("fc73i.erp"), "ERP заказы"));
		PortalHttp http = browser();

		HttpResponse<String> posted = http.request("POST", "/api/v1/named-orders", "application/json",
				"""
						{"clientInn": "%s", "sku": "%s", "quantity": "40", "month": "2073-03", "project": "Больница"}"""
					.formatted(TestInns.organisation(7_300_001), SKU)
					.getBytes(StandardCharsets.UTF_8),
				"Authorization", "Bearer " + token);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		JsonNode order = SellOutApi.json(posted);
		assertThat(order.path("distributor").asString()).isEqualTo(OWN);

		HttpResponse<String> listed = http.request("GET", "/api/v1/named-orders", null, null, "Authorization",
				"Bearer " + token);
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		SellOutApi.json(listed).forEach(o -> assertThat(o.path("distributor").asString()).isEqualTo(OWN));
		assertThat(SellOutApi.json(listed).findValues("id")).extracting(JsonNode::asLong)
			.contains(order.path("id").asLong());

		HttpResponse<String> forecast = http.request("GET", "/api/v1/forecasts?sku=" + SKU + "&horizon=6", null, null,
				"Authorization", "Bearer " + token);
		assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(200);
		assertThat(SellOutApi.json(forecast).path("distributor").asString()).isEqualTo(OWN);
		HttpResponse<String> plan = http.request("GET", "/api/v1/forecasts/sell-in?sku=" + SKU + "&horizon=6", null,
				null, "Authorization", "Bearer " + token);
		assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);

		HttpResponse<String> other = http.request("GET", "/api/v1/forecasts?distributor=" + OTHER + "&sku=" + SKU, null,
				null, "Authorization", "Bearer " + token);
		HttpResponse<String> none = http.request("GET", "/api/v1/forecasts?distributor=NOSUCH73&sku=" + SKU, null, null,
				"Authorization", "Bearer " + token);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).as("another distributor answers as one that does not exist")
			.isEqualTo(none.body().replace("NOSUCH73", OTHER));
	}

}
