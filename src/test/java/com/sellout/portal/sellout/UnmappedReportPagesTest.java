package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report waiting for its columns: the mapping page shows three values under each
 * column; a file without the client's name names the distributor's own registered clients
 * from the registry by ИНН (another distributor's client and an unknown ИНН stay
 * exceptions, and another distributor's client is never named); a report nobody will map
 * is withdrawn by its distributor, and only by it.
 */
class UnmappedReportPagesTest extends PortalTest {

	@Test
	void theMappingPageShowsSampleValuesAndTheRegistryNamesTheDistributorsOwnClients() {
		String own = TestInns.organisation(2311);
		String foreign = TestInns.organisation(2312);
		String unknown = TestInns.organisation(2313);
		register("beta.manager", own, "ООО «Свой клиент Беты»");
		register("alfa.manager", foreign, "ООО «Клиент Альфы»");
		String file = "Выгрузка продаж\n\nЧисло;Код контрагента;Позиция;Штук;Деньги\n" + "05.01.2012;" + own
				+ ";EL-20046;1;1000\n" + "06.01.2012;" + foreign + ";EL-20046;2;2000\n" + "07.01.2012;" + unknown
				+ ";EL-20046;3;3000\n" + "08.01.2012;" + own + ";EL-20046;4;4000\n";
		SellOutApi api = new SellOutApi(browser());
		JsonNode waiting = SellOutApi
			.json(api.upload("beta.manager", "january-2012.csv", file.getBytes(StandardCharsets.UTF_8), "2012-01"));
		assertThat(waiting.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		long id = waiting.path("id").asLong();
		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");

		Document page = Jsoup.parse(beta.get("/sellout/reports/" + id + "/mapping").body());
		List<List<String>> samples = page.select("[data-testid=columns] tbody tr")
			.stream()
			.map(row -> row.select("[data-testid=samples] li").eachText())
			.toList();
		assertThat(samples).containsExactly(List.of("05.01.2012", "06.01.2012", "07.01.2012"),
				List.of(own, foreign, unknown), List.of("EL-20046"), List.of("1", "2", "3"),
				List.of("1000", "2000", "3000"));

		// mapped without a client-name column: the ИНН is enough to be read
		ObjectNode layout = (ObjectNode) SellOutApi
			.json(api.get("beta.manager", "/api/v1/sellout/reports/" + id + "/mapping"));
		String[] fields = { "sale_date", "client_inn", "sku", "quantity", "amount" };
		for (int i = 0; i < fields.length; i++) {
			((ObjectNode) layout.path("columns").get(i)).put("field", fields[i]);
		}
		HttpResponse<String> put = browser().apiSend("PUT", "/api/v1/sellout/reports/" + id + "/mapping",
				layout.toString(), "beta.manager", "demo");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode report = SellOutApi.json(put);
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertThat(report.path("acceptedLines").asInt()).isEqualTo(2);

		JsonNode lines = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + id + "/lines"))
			.path("items");
		assertThat(lines.valueStream()
			.filter(l -> l.path("accepted").asBoolean())
			.map(l -> l.path("clientName").asString()))
			.containsExactly("ООО «Свой клиент Беты»", "ООО «Свой клиент Беты»");
		JsonNode exceptions = SellOutApi.json(api.get("beta.manager", "/api/v1/sellout/reports/" + id + "/exceptions"))
			.path("items");
		assertThat(exceptions.valueStream().map(l -> l.path("clientInn").asString())).containsExactly(foreign, unknown);
		assertThat(exceptions.valueStream().map(l -> l.path("problems").findValuesAsString("code")))
			.allSatisfy(codes -> assertThat(codes).containsExactly("missingClient"));
		assertThat(lines.toString() + exceptions).doesNotContain("Клиент Альфы");
		assertThat(beta.get("/sellout/reports/" + id + "/lines/5").body()).doesNotContain("Клиент Альфы");
	}

	@Test
	void aReportNobodyWillMapIsWithdrawnByItsDistributorOnly() {
		String file = "Выгрузка продаж\n\nЧисло;Код контрагента;Позиция;Штук;Деньги\n"
				+ "05.02.2012;6645390113;EL-20047;1;1000\n" + "06.02.2012;6645390113;EL-20047;2;2000\n";
		JsonNode waiting = SellOutApi.json(new SellOutApi(browser()).upload("alfa.manager", "не-тот-файл.csv",
				file.getBytes(StandardCharsets.UTF_8), "2012-02"));
		assertThat(waiting.path("status").asString()).isEqualTo("NEEDS_MAPPING");
		long id = waiting.path("id").asLong();
		String mapping = "/sellout/reports/" + id + "/mapping";
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");

		PageForm withdraw = PageForm.on(alfa, mapping, "[data-testid=withdraw-unmapped] form");
		assertThat(Jsoup.parse(alfa.get(mapping).body())
			.select("[data-testid=withdraw-unmapped] form")
			.attr("data-confirm")).isEqualTo(
					"Отозвать отчёт из файла «не-тот-файл.csv»? Он не будет обработан, а продажи за его период придётся загрузить заново.");
		assertThat(Jsoup.parse(browser().loggedInAs("admin", "demo").get(mapping).body())
			.select("[data-testid=withdraw-unmapped]")).as("the manufacturer is not offered it").isEmpty();

		assertThat(withdraw.submitFrom(browser().loggedInAs("gamma.manager", "demo"), "/sellout/upload").statusCode())
			.isEqualTo(404);
		assertThat(withdraw.submitFrom(browser().loggedInAs("admin", "demo"), "/sellout/upload").statusCode())
			.isEqualTo(403);
		assertThat(status(id)).isEqualTo("NEEDS_MAPPING");

		HttpResponse<String> withdrawn = withdraw.submit();
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith("/sellout/reports/" + id);
		assertThat(status(id)).isEqualTo("WITHDRAWN");
		assertThat(alfa.get("/sellout/reports/" + id).body()).contains("Отчёт отозван");

		// once withdrawn it is not withdrawn again, and an accepted report is never
		// withdrawn this way
		HttpResponse<String> again = withdraw.submit();
		assertThat(alfa.get(again.headers().firstValue("Location").orElseThrow().replace(baseUrl(), "")).body())
			.contains("только отчёт, который ждёт сопоставления");
		assertThat(status(id)).isEqualTo("WITHDRAWN");
		// never read, it has nothing to restore
		HttpResponse<String> restored = browser().apiSend("POST", "/api/v1/sellout/reports/" + id + "/restore", "{}",
				"alfa.admin", "demo");
		assertThat(restored.statusCode()).isEqualTo(409);
		assertThat(status(id)).isEqualTo("WITHDRAWN");
	}

	private void register(String login, String inn, String name) {
		HttpResponse<String> created = browser().apiSend("POST", "/api/v1/clients", """
				{"inn":"%s","name":"%s","segment":"INSTALLER","regionCode":"77","city":"Москва"}""".formatted(inn,
				name), login, "demo");
		assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
	}

	private String status(long id) {
		return asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(id)
			.query(String.class)
			.single());
	}

}
