package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layout the headers do not explain waits for a person (NEEDS_MAPPING, with a
 * suggestion); the mapping corrected over PUT is saved as the distributor's template and
 * the report processed again; the next file of that layout is read at once.
 */
class MappingCorrectionTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	private static final String HEADER = "Отчёт дистрибьютора\n\nКогда;Кому;ИНН;Что;Сколько штук;Выручка с НДС, руб\n";

	@Test
	void aPersonConfirmsTheLayoutOnceAndItIsRememberedByItsHeader() {
		SellOutApi api = new SellOutApi(browser());
		String rows = "02.07.2025;ООО \"Щитстрой\";6645390113;EL-10001;2;1806,67\n"
				+ "03.07.2025;ООО \"Комплекттехно\";5406127494;EL-10002;1;1825,64\n";
		HttpResponse<String> sent = api.upload("alfa.admin", "july.csv",
				(HEADER + rows).getBytes(StandardCharsets.UTF_8), "2025-07", "Accept-Language", "ru");
		JsonNode report = SellOutApi.json(sent);
		assertThat(report.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		assertThat(report.path("waitingFor").asString()).contains("колонки");
		long id = report.path("id").asLong();

		JsonNode suggested = SellOutApi.json(api.get("alfa.admin", "/api/v1/sellout/reports/" + id + "/mapping"));
		assertThat(suggested.path("headerRows").get(0).asInt()).isEqualTo(3);
		assertThat(suggested.path("firstDataRow").asInt()).isEqualTo(4);
		assertThat(suggested.path("columns").get(2).path("field").asString()).isEqualTo("client_inn");
		assertThat(suggested.path("columns").get(5).path("field").asString()).isEqualTo("amount");
		assertThat(suggested.path("settings").path("amountsIncludeVat").asBoolean()).isTrue();

		ObjectNode corrected = (ObjectNode) suggested.deepCopy();
		String[] fields = { "sale_date", "client_name", "client_inn", "sku", "quantity", "amount" };
		for (int i = 0; i < fields.length; i++) {
			((ObjectNode) corrected.path("columns").get(i)).put("field", fields[i]);
		}
		HttpResponse<String> put = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				corrected.toString(), "alfa.admin", "demo");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode accepted = SellOutApi.json(put);
		assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("acceptedLines").asInt()).isEqualTo(2);
		// VAT was 20 % in 2025: 1806,67 / 1,2 = 1505,56 and 1825,64 / 1,2 = 1521,37
		assertThat(accepted.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("3026.93");

		String august = "05.08.2025;ООО \"Щитстрой\";6645390113;EL-10003;1;1635,90\n";
		JsonNode next = SellOutApi
			.json(api.upload("alfa.admin", "august.csv", (HEADER + august).getBytes(StandardCharsets.UTF_8), null));
		assertThat(next.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(next.path("period").asString()).isEqualTo("2025-08");
		assertThat(next.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("1363.25"); // 1635,90
																									// /
																									// 1,2
	}

	@Test
	void aFileSpanningTwoMonthsWaitsForAPersonToChooseThePeriodOrIsRejectedWhereThereIsNone() {
		byte[] file = SalesFile.create()
			.sale("30.04.2025", "EL-10009", 1, "500")
			.sale("01.05.2025", "EL-10009", 2, "1000")
			.bytes();
		SellOutApi api = new SellOutApi(browser());
		JsonNode waiting = SellOutApi.json(api.upload("beta.admin", "spring.csv", file, null, "Accept-Language", "en"));
		assertThat(waiting.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		assertThat(waiting.path("waitingFor").asString()).contains("period");
		long id = waiting.path("id").asLong();

		ObjectNode layout = (ObjectNode) SellOutApi
			.json(api.get("beta.admin", "/api/v1/sellout/reports/" + id + "/mapping"));
		((ObjectNode) layout.path("settings")).put("period", "2025-05");
		JsonNode accepted = SellOutApi.json(browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				layout.toString(), "beta.admin", "demo"));
		assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("period").asString()).isEqualTo("2025-05");
		assertThat(accepted.path("outOfPeriod").asInt()).isEqualTo(1);
		JsonNode lines = SellOutApi.json(api.get("beta.admin", "/api/v1/sellout/reports/" + id + "/lines"))
			.path("items");
		assertThat(lines.get(0).path("outOfPeriod").asBoolean()).isTrue();
		assertThat(lines.get(1).path("outOfPeriod").asBoolean()).isFalse();

		byte[] byMail = SalesFile.create()
			.sale("30.06.2025", "EL-10009", 1, "500")
			.sale("01.07.2025", "EL-10009", 2, "1000")
			.bytes();
		SellOutReport rejected = DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, distributorId("BETA"), Channel.EMAIL, "mail.csv", "text/csv", byMail, null, null,
							Duration.ofSeconds(30))
					.report());
		assertThat(rejected.status()).isEqualTo(ReportStatus.REJECTED);
		assertThat(rejected.rejectionKey()).isEqualTo("sellout.rejected.noPeriod");
	}

	@Test
	void aMappingWithoutTheRequiredFieldsIsRefusedFieldByField() {
		SellOutApi api = new SellOutApi(browser());
		String file = "Когда;Кому;Что;Сколько\n01.09.2025;ООО Ромашка;EL-10001;1\n";
		long id = SellOutApi.json(api.upload("alfa.admin", "odd.csv", file.getBytes(StandardCharsets.UTF_8), "2025-09"))
			.path("id")
			.asLong();
		String body = """
				{"headerRows": [1], "columns": [{"index": 0, "field": "sale_date"}, {"index": 1, "field": "client_name"},
				 {"index": 2, "field": "sku"}, {"index": 3, "field": "no_such_field"}]}""";
		HttpResponse<String> put = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping", body,
				"alfa.admin", "demo");
		assertThat(put.statusCode()).isEqualTo(422);
		assertThat(put.body()).contains("columns[3].field");

		String missing = """
				{"headerRows": [1], "columns": [{"index": 0, "field": "sale_date"}, {"index": 1, "field": "client_name"},
				 {"index": 2, "field": "sku"}, {"index": 3, "field": "quantity"}]}""";
		HttpResponse<String> put2 = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping", missing,
				"alfa.admin", "demo");
		assertThat(put2.statusCode()).isEqualTo(422);
		assertThat(put2.body()).contains("price|amount");
	}

	@Test
	void anotherDistributorCannotSeeOrChangeTheMapping() {
		SellOutApi api = new SellOutApi(browser());
		String file = "Когда;Кому;Что;Сколько\n01.10.2025;ООО Ромашка;EL-10001;1\n";
		long id = SellOutApi.json(api.upload("alfa.admin", "odd.csv", file.getBytes(StandardCharsets.UTF_8), "2025-10"))
			.path("id")
			.asLong();
		assertThat(api.get("beta.admin", "/api/v1/sellout/reports/" + id + "/mapping").statusCode()).isEqualTo(404);
		HttpResponse<String> put = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				"{\"headerRows\": [1], \"columns\": []}", "beta.admin", "demo");
		assertThat(put.statusCode()).isEqualTo(404);
	}

	/**
	 * A field that no key names is refused with its column, as before fields were typed;
	 * nothing is processed.
	 */
	@Test
	void aFieldNoKeyNamesIsRefusedWithItsColumnOverTheApi() {
		SellOutApi api = new SellOutApi(browser());
		String header = "Отчёт 2031\n\nКогда;Кому;ИНН;Что;Сколько штук;Выручка с НДС, руб;Заметка\n";
		String rows = "02.03.2031;ООО \"Щитстрой\";6645390113;EL-10001;2;1806,67;—\n";
		JsonNode report = SellOutApi.json(api.upload("gamma.admin", "march-2031.csv",
				(header + rows).getBytes(StandardCharsets.UTF_8), "2031-03"));
		assertThat(report.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		long id = report.path("id").asLong();
		ObjectNode layout = (ObjectNode) SellOutApi
			.json(api.get("gamma.admin", "/api/v1/sellout/reports/" + id + "/mapping"));
		String[] fields = { "sale_date", "customer", "client_inn", "sku", "quantity", "amount" };
		for (int i = 0; i < fields.length; i++) {
			((ObjectNode) layout.path("columns").get(i)).put("field", fields[i]);
		}
		HttpResponse<String> put = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				layout.toString(), "gamma.admin", "demo");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(422);
		JsonNode errors = SellOutApi.json(put).path("errors");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).path("field").asString())
			.isEqualTo("columns[" + layout.path("columns").get(1).path("index").asInt() + "].field");
		assertThat(errors.get(0).path("message").asString()).isEqualTo("sellout.mapping.unknownField");
		assertThat(SellOutApi.json(api.get("gamma.admin", "/api/v1/sellout/reports/" + id)).path("status").asString())
			.isEqualTo("NEEDS_MAPPING");
	}

}
