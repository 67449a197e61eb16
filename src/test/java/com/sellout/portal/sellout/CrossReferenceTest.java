package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Value mappings sent over the API after the report — a cross-reference of the
 * distributor's codes, an alias for a region — fix its open exceptions as a fix on the
 * exception's page does, and only the distributor's own.
 */
class CrossReferenceTest extends PortalTest {

	@Test
	void aCrossReferenceSentAfterTheReportAcceptsTheLinesItMapsForItsDistributorOnly() {
		String a = "XR-" + System.nanoTime();
		String b = a + "-B";
		String file = "Дата;Покупатель;ИНН;Артикул;Количество;Сумма без НДС\n"
				+ "02.07.2018;ООО \"Щитстрой\";6645390113;" + a + ";2;4411,54\n"
				+ "03.07.2018;ООО \"Комплекттехно\";5406127494;" + b + ";1;7484,11\n"
				+ "04.07.2018;ООО \"Щитстрой\";6645390113;EL-20059;1;1699,85\n";
		SellOutApi api = new SellOutApi(browser());
		JsonNode report = SellOutApi
			.json(api.upload("alfa.manager", "july-2018.csv", file.getBytes(StandardCharsets.UTF_8), "2018-07"));
		long id = report.path("id").asLong();
		assertThat(report.path("exceptions").asInt()).isEqualTo(2);
		assertThat(report.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("1699.85");
		String crossReference = "[{\"from\": \"" + a + "\", \"to\": \"EL-20049\"}, {\"from\": \"" + b
				+ "\", \"to\": \"EL-20050\"}]";

		// another distributor's codes are its own: the same cross-reference fixes nothing
		// of alfa's
		HttpResponse<String> betas = mappings(null, "beta.admin", crossReference);
		assertThat(betas.statusCode()).as(betas.body()).isEqualTo(200);
		assertThat(SellOutApi.json(betas).path("saved").asInt()).isEqualTo(2);
		assertThat(SellOutApi.json(betas).path("resolved").asInt()).isZero();
		assertThat(SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id)).path("exceptions").asInt())
			.isEqualTo(2);
		// and it cannot send them for alfa
		assertThat(mappings("ALFA", "beta.admin", crossReference).statusCode()).isEqualTo(404);
		assertThat(SellOutApi.json(api.get("alfa.admin", "/api/v1/value-mappings?type=SKU")).findValuesAsString("from"))
			.doesNotContain(a, b);
		assertThat(SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id)).path("exceptions").asInt())
			.isEqualTo(2);

		HttpResponse<String> alfas = mappings(null, "alfa.manager", crossReference);
		assertThat(alfas.statusCode()).as(alfas.body()).isEqualTo(200);
		assertThat(SellOutApi.json(alfas).path("saved").asInt()).isEqualTo(2);
		assertThat(SellOutApi.json(alfas).path("resolved").asInt()).isEqualTo(2);
		JsonNode after = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id));
		assertThat(after.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(after.path("acceptedLines").asInt()).isEqualTo(3);
		assertThat(after.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("13595.50");
		JsonNode lines = SellOutApi.json(api.get("alfa.manager", "/api/v1/sellout/reports/" + id + "/lines"))
			.path("items");
		assertThat(lines.get(0).path("sku").asString()).isEqualTo("EL-20049");
		assertThat(lines.get(1).path("sku").asString()).isEqualTo("EL-20050");
		assertThat(lines.get(1).path("clientInn").asString()).isEqualTo("5406127494");
	}

	@Test
	void aRegionAliasSentOverTheApiClearsItsProblemOnALineThatStillFailsAsThePageDoes() {
		String region = "Беловодье-" + System.nanoTime();
		String file = "Дата;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n"
				+ "09.08.2018;ООО \"Щитстрой\";6645390113;Свердловская обл.;EL-20051;1;6272,21\n"
				+ "10.08.2018;ООО \"Опечатка\";6645390112;" + region + ";EL-20052;1;3203,06\n";
		SellOutApi api = new SellOutApi(browser());
		long id = SellOutApi
			.json(api.upload("gamma.manager", "aug-2018.csv", file.getBytes(StandardCharsets.UTF_8), "2018-08"))
			.path("id")
			.asLong();
		JsonNode open = exception(api, id);
		assertThat(open.path("problems").findValuesAsString("code")).containsExactly("invalidInn", "unknownRegion");

		HttpResponse<String> alias = api.mappings("gamma.manager", "REGION", "text/csv",
				("from;to\n" + region + ";Новосибирская обл.\n").getBytes(StandardCharsets.UTF_8));
		assertThat(alias.statusCode()).as(alias.body()).isEqualTo(200);
		assertThat(SellOutApi.json(alias).path("resolved").asInt()).as("the ИНН is still wrong").isZero();
		open = exception(api, id);
		assertThat(open.path("problems").findValuesAsString("code")).containsExactly("invalidInn");
		assertThat(open.path("regionCode").asString()).isEqualTo("54");
	}

	private static JsonNode exception(SellOutApi api, long reportId) {
		JsonNode items = SellOutApi
			.json(api.get("gamma.manager", "/api/v1/sellout/reports/" + reportId + "/exceptions"))
			.path("items");
		assertThat(items.size()).isEqualTo(1);
		return items.get(0);
	}

	private HttpResponse<String> mappings(String distributor, String login, String json) {
		PortalHttp http = browser();
		return http.apiPost(
				"/api/v1/value-mappings?type=SKU" + (distributor == null ? "" : "&distributor=" + distributor),
				"application/json", json.getBytes(StandardCharsets.UTF_8), login, "demo");
	}

}
