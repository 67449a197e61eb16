package com.sellout.portal.sellout;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every distributor file of the samples through the API, as its distributor with its period (BETA's
 * cross-reference loaded first), with no person confirming anything: the accepted lines, quantity
 * and net amount, the deviations and the exceptions are those of {@code expected.json}.
 */
class SampleFilesTest extends PortalTest {

	@ParameterizedTest
	@CsvSource({ "alfa_2026-09.xlsx, alfa.admin", "beta_sep.csv, beta.admin", "gamma_enterprisedata.xml, gamma.admin",
			"gamma_api.json, gamma.admin" })
	void everySampleGivesTheExpectedTotals(String file, String login) {
		SellOutApi api = new SellOutApi(browser());
		JsonNode expected = ExpectedTotals.of(file);
		if (file.startsWith("beta")) {
			HttpResponse<String> xref = api.mappings("beta.admin", "SKU", "text/csv", SellOutApi.sample("beta_xref.csv"));
			assertThat(xref.statusCode()).as(xref.body()).isEqualTo(200);
		}

		HttpResponse<String> response = api.upload(login, file, SellOutApi.sample(file), expected.path("period").asString());

		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
		JsonNode report = SellOutApi.json(response);
		assertThat(report.path("status").asString()).isIn("ACCEPTED_WITH_EXCEPTIONS", "SUPERSEDED");
		assertThat(report.path("distributor").asString()).isEqualTo(expected.path("distributor").asString());
		ExpectedTotals.assertMatch(report, expected);

		HttpResponse<String> exceptions = api.get(login, "/api/v1/sellout/reports/" + report.path("id").asLong() + "/exceptions");
		JsonNode items = SellOutApi.json(exceptions).path("items");
		assertThat(items).hasSize(expected.path("invalid_inn").asInt());
		items.forEach(line -> assertThat(line.path("problems").get(0).path("code").asString()).isEqualTo("invalidInn"));
	}

}
