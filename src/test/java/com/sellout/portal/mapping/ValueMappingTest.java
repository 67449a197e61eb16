package com.sellout.portal.mapping;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.sellout.SellOutApi;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's value mappings: loaded from CSV or JSON, refused whole with reasons,
 * applied to its lines.
 */
class ValueMappingTest extends PortalTest {

	@Test
	void aCodeMappedToTwoSkusIsRefusedWithBothLinesNamedAndNothingSaved() {
		SellOutApi api = new SellOutApi(browser());
		String csv = "distributor_sku;sku\nG-1;EL-10001\nG-2;EL-10002\nG-1;EL-10003\nG-3;NO-SUCH-SKU\n";
		HttpResponse<String> refused = api.mappings("gamma.admin", "SKU", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode errors = SellOutApi.json(refused).path("errors");
		assertThat(errors.get(0).path("line").asInt()).isEqualTo(4);
		assertThat(errors.get(0).path("message").asString()).contains("G-1", "line 2", "EL-10001", "line 4",
				"EL-10003");
		assertThat(errors.get(1).path("line").asInt()).isEqualTo(5);
		assertThat(errors.get(1).path("message").asString()).contains("NO-SUCH-SKU");
		assertThat(SellOutApi.json(api.get("gamma.admin", "/api/v1/value-mappings?type=SKU"))
			.findValues("from")
			.stream()
			.map(JsonNode::asString)).doesNotContain("G-2");
	}

	@Test
	void mappingsOfCodesAndRegionsAreAppliedToTheDistributorsLines() {
		SellOutApi api = new SellOutApi(browser());
		HttpResponse<String> skus = api.mappings("gamma.manager", "SKU", "text/csv",
				"Г-777;EL-10005\nг-778;el-10006\n".getBytes(StandardCharsets.UTF_8));
		assertThat(skus.statusCode()).as(skus.body()).isEqualTo(200);
		HttpResponse<String> regions = api.mappings("gamma.manager", "REGION", "application/json",
				"[{\"from\": \"Сибирь-НСК\", \"to\": \"Новосибирская обл.\"}]".getBytes(StandardCharsets.UTF_8));
		assertThat(SellOutApi.json(regions).path("saved").asInt()).isEqualTo(1);
		JsonNode listed = SellOutApi.json(api.get("gamma.manager", "/api/v1/value-mappings?type=REGION"));
		assertThat(listed.get(0).path("to").asString()).isEqualTo("54");

		String file = "Дата;Покупатель;ИНН;Регион;Код;Количество;Сумма\n"
				+ "01.02.2025;ООО \"Комплекттехно\";5406127494;Сибирь-НСК;Г-777;1;1000\n"
				+ "01.02.2025;ООО \"Комплекттехно\";5406127494;МО;Г-778;1;1000\n"
				+ "01.02.2025;ООО \"Комплекттехно\";5406127494;Марс;Г-779;1;1000\n";
		JsonNode report = SellOutApi
			.json(api.upload("gamma.manager", "feb.csv", file.getBytes(StandardCharsets.UTF_8), null));
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(2);
		JsonNode lines = SellOutApi
			.json(api.get("gamma.manager", "/api/v1/sellout/reports/" + report.path("id").asLong() + "/lines"))
			.path("items");
		assertThat(lines.get(0).path("sku").asString()).isEqualTo("EL-10005");
		assertThat(lines.get(0).path("regionCode").asString()).isEqualTo("54");
		assertThat(lines.get(1).path("sku").asString()).isEqualTo("EL-10006");
		assertThat(lines.get(1).path("regionCode").asString()).isEqualTo("50");
		assertThat(lines.get(2).path("accepted").asBoolean()).isFalse();
		assertThat(lines.get(2).path("problems").findValuesAsString("code")).contains("unknownProduct",
				"unknownRegion");
		// an unknown region falls back to the registered client's region, never to the
		// INN's prefix
		assertThat(lines.get(2).path("regionCode").asString()).isEqualTo("54");
	}

	@Test
	void aDistributorNeverSeesAnothersMappings() {
		SellOutApi api = new SellOutApi(browser());
		api.mappings("alfa.admin", "UNIT", "text/csv", "штук;шт\n".getBytes(StandardCharsets.UTF_8));
		assertThat(api.get("beta.admin", "/api/v1/value-mappings?distributor=ALFA").statusCode()).isEqualTo(404);
		assertThat(
				SellOutApi.json(api.get("beta.admin", "/api/v1/value-mappings?type=UNIT")).findValuesAsString("from"))
			.doesNotContain("штук");
		assertThat(SellOutApi.json(api.get("admin", "/api/v1/value-mappings?type=UNIT&distributor=ALFA"))
			.findValuesAsString("from")).contains("штук");
	}

}
