package com.sellout.portal.catalog;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The price-floor API refuses a rule it cannot set with 400 and the reason, and sets
 * nothing.
 */
class PriceFloorApiRefusalTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aRuleWithoutAPriceIsRefused() {
		HttpResponse<String> refused = set("{\"sku\":\"TF-002\",\"validFrom\":\"2033-02-01\"}");

		assertRefused(refused, "sku and a non-negative minPrice are required; validTo must not precede validFrom.");
	}

	@Test
	void aRuleEndingBeforeItStartsIsRefused() {
		HttpResponse<String> refused = set(
				"{\"sku\":\"TF-002\",\"minPrice\":10,\"validFrom\":\"2033-02-01\",\"validTo\":\"2033-01-01\"}");

		assertRefused(refused, "sku and a non-negative minPrice are required; validTo must not precede validFrom.");
	}

	@Test
	void aRuleForAnUnknownDistributorIsRefused() {
		HttpResponse<String> refused = set(
				"{\"sku\":\"TF-002\",\"minPrice\":10,\"validFrom\":\"2033-02-01\",\"distributor\":\"NO-SUCH-2033\"}");

		assertRefused(refused, "Distributor \"NO-SUCH-2033\" not found (code or INN).");
	}

	@Test
	void aRuleForAnUnknownSkuIsRefused() {
		HttpResponse<String> refused = set(
				"{\"sku\":\"NO-SUCH-SKU-2033\",\"minPrice\":10,\"validFrom\":\"2033-02-01\"}");

		assertRefused(refused, "SKU \"NO-SUCH-SKU-2033\" is not in the catalog.");
		assertThat(asSystem(() -> jdbc.sql("select count(*) from price_floors where valid_from = date '2033-02-01'")
			.query(Long.class)
			.single())).isZero();
	}

	private HttpResponse<String> set(String rule) {
		return browser().apiSend("POST", "/api/v1/price-floors", rule, "admin", "demo");
	}

	private static void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		assertThat(JSON.readTree(response.body()).path("detail").asString()).isEqualTo(reason);
	}

}
