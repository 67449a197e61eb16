package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text longer than its column is never cut silently: the line is an exception saying
 * so, and the value kept is cut to the column's length with «…» at the end. BETA's sales
 * of January 2010, a month no other test uses.
 */
class FieldLengthTest extends PortalTest {

	@Test
	void aClientNameOrAddressLongerThanItsColumnMakesTheLineAnException() {
		String longName = "ООО «" + "Очень длинное наименование ".repeat(30) + "»";
		assertThat(longName.length()).isGreaterThan(500);
		String longAddress = "г. Екатеринбург, ул. Ленина, д. " + "1".repeat(1_100);
		String csv = "Дата;Покупатель;ИНН;Адрес доставки;Артикул;Количество;Сумма без НДС\n" + "05.01.2010;" + longName
				+ ";6645390113;Екатеринбург;EL-10001;2;1480,88\n" + "06.01.2010;ООО Щитстрой;6645390113;" + longAddress
				+ ";EL-10001;1;740,44\n" + "07.01.2010;ООО Щитстрой;6645390113;Екатеринбург;EL-10001;1;740,44\n";
		SellOutApi api = new SellOutApi(browser());
		HttpResponse<String> response = api.upload("beta.admin", "long-names.csv", csv.getBytes(StandardCharsets.UTF_8),
				"2010-01", "Accept-Language", "ru");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = SellOutApi.json(response);
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(1);
		assertThat(report.path("exceptions").asInt()).isEqualTo(2);
		long id = report.path("id").asLong();

		JsonNode exceptions = SellOutApi
			.json(api.get("beta.admin", "/api/v1/sellout/reports/" + id + "/exceptions?size=10"))
			.path("items");
		assertThat(exceptions).hasSize(2);
		JsonNode name = exceptions.get(0);
		assertThat(name.path("clientName").asString()).hasSize(500)
			.endsWith("…")
			.startsWith(longName.substring(0, 499));
		JsonNode problem = name.path("problems").get(0);
		assertThat(problem.path("code").asString()).isEqualTo("tooLong");
		assertThat(problem.path("field").asString()).isEqualTo("client_name");
		assertThat(problem.path("reason").asString()).startsWith("The field \"Buyer\" is longer than 500 characters");
		JsonNode address = exceptions.get(1);
		assertThat(address.path("deliveryAddress").asString()).hasSize(1000).endsWith("…");
		assertThat(address.path("problems").get(0).path("reason").asString())
			.startsWith("The field \"Delivery address\" is longer than 1000 characters");

		String basic = "Basic "
				+ Base64.getEncoder().encodeToString("beta.admin:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> inRussian = browser().request("GET", "/api/v1/sellout/reports/" + id + "/exceptions", null,
				null, "Authorization", basic, "Accept-Language", "ru");
		assertThat(inRussian.body()).contains("Поле «Покупатель» длиннее 500 символов")
			.contains("Поле «Адрес доставки» длиннее 1000 символов");

		Map<String, Object> stored = asSystem(() -> jdbc.sql("""
				select char_length(client_name) as name_length, client_name like '%…' as marked
				  from sellout_lines where report_id = ? and line_no = 2""").param(id).query().singleRow());
		assertThat(stored).containsEntry("name_length", 500).containsEntry("marked", true);
	}

	@Test
	void aCorrectionLongerThanTheColumnIsStillAnException() {
		String longProject = "Проект ".repeat(40);
		String csv = "Дата;Покупатель;ИНН;Проект;Артикул;Количество;Сумма без НДС\n"
				+ "12.01.2010;ООО Щитстрой;6645390113;" + longProject + ";EL-10001;1;740,44\n";
		SellOutApi api = new SellOutApi(browser());
		JsonNode report = SellOutApi
			.json(api.upload("beta.admin", "long-project.csv", csv.getBytes(StandardCharsets.UTF_8), "2010-01"));
		assertThat(report.path("exceptions").asInt()).as(report.toString()).isEqualTo(1);
		long id = report.path("id").asLong();
		// teaching the portal anything re-checks the open exceptions: the cut value must
		// not pass then
		HttpResponse<String> mapping = api.mappings("beta.admin", "REGION", "text/csv",
				"from;to\nЗемля Франца-Иосифа 2010;29\n".getBytes(StandardCharsets.UTF_8));
		assertThat(mapping.statusCode()).as(mapping.body()).isEqualTo(200);
		JsonNode exceptions = SellOutApi.json(api.get("beta.admin", "/api/v1/sellout/reports/" + id + "/exceptions"))
			.path("items");
		assertThat(exceptions).hasSize(1);
		assertThat(exceptions.get(0).path("project").asString()).hasSize(255).endsWith("…");
		assertThat(exceptions.get(0).path("problems").get(0).path("code").asString()).isEqualTo("tooLong");
	}

}
