package com.sellout.portal.sellout;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's accepted totals against a file's entry in the samples'
 * {@code expected.json}.
 */
final class ExpectedTotals {

	private ExpectedTotals() {
	}

	static JsonNode of(String file) {
		return SellOutApi.JSON.readTree(SellOutApi.sample("expected.json")).path("files").path(file);
	}

	static void assertMatch(JsonNode report, JsonNode expected) {
		assertThat(report.path("period").asString()).isEqualTo(expected.path("period").asString());
		int lines = expected.path("lines").asInt();
		assertThat(report.path("lines").asInt()).isEqualTo(lines);
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(expected.path("valid_lines").asInt());
		assertThat(report.path("acceptedQuantity").decimalValue())
			.isEqualByComparingTo(new BigDecimal(expected.path("valid_qty").asString()));
		BigDecimal amount = report.path("acceptedAmountNet").decimalValue();
		BigDecimal expectedAmount = new BigDecimal(expected.path("valid_amount_net").asString());
		assertThat(amount.subtract(expectedAmount).abs()).as("net amount %s vs %s", amount, expectedAmount)
			.isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(lines)));
		assertThat(report.path("deviations").asInt()).isEqualTo(expected.path("below_floor").asInt());
		assertThat(report.path("exceptions").asInt()).isEqualTo(expected.path("invalid_inn").asInt());
	}

}
