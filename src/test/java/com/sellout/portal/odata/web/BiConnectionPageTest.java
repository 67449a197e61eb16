package com.sellout.portal.odata.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Подключение BI» for the manufacturer and for each distributor: the feed's address, the
 * two connection files as downloads that point at it, the way to a key; in English on
 * request; no page for integration accounts.
 */
class BiConnectionPageTest extends PortalTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aDistributorSeesTheFeedItsScopeAndTheWayToAKey() {
		PortalHttp tab = browser().loggedInAs("alfa.manager", "demo");

		HttpResponse<String> page = tab.get("/bi");

		assertThat(page.statusCode()).isEqualTo(200);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("[data-testid=bi-feed-url]").val()).isEqualTo(baseUrl() + "/odata/");
		assertThat(html.select("[data-testid=bi-feed]").text()).contains("alfa.manager", "Альфа Электро");
		assertThat(html.select("[data-testid=bi-excel]").text())
			.contains("Данные → Получить данные → Из других источников → Из канала OData");
		assertThat(html.select("[data-testid=bi-powerbi]").text()).contains("Канал OData", "Веб-API");
		assertThat(html.select("[data-testid=bi-m-query]").text()).contains("OData.Feed(",
				"\"" + baseUrl() + "/odata/\"", "ApiKeyName = \"key\"");
		assertThat(html.select("[data-testid=bi-issue-key]").attr("href")).isEqualTo("/profile#bi-keys");
		assertThat(html.select("[data-testid=bi-last-changed]")).hasSize(1);
		// the reporting database's section: not listening outside here, and nothing to
		// manage for a distributor
		assertThat(html.select("[data-testid=reporting-database] [data-testid=reporting-disabled]")).hasSize(1);
		assertThat(html.select("[data-testid=reporting-create]")).isEmpty();
		assertThat(html.select("nav a.active").text()).isEqualTo("Подключение BI");
	}

	@Test
	void theManufacturerSeesEveryDistributorAndThePageSpeaksEnglishOnRequest() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");

		Document russian = Jsoup.parse(tab.get("/bi").body());
		Document english = Jsoup.parse(tab.get("/bi?lang=en").body());
		tab.get("/bi?lang=ru");

		assertThat(russian.select("[data-testid=bi-feed]").text()).contains("Данные всех дистрибьюторов");
		assertThat(english.select("h1").text()).isEqualTo("Connect BI");
		assertThat(english.select("[data-testid=bi-excel]").text())
			.contains("Data → Get Data → From Other Sources → From OData Feed");
	}

	@Test
	void thePowerBiFileIsADataSourceFileNamingTheFeed() {
		PortalHttp tab = browser().loggedInAs("beta.admin", "demo");
		String link = Jsoup.parse(tab.get("/bi").body()).select("[data-testid=bi-download-pbids]").attr("href");

		HttpResponse<byte[]> file = tab.download(link);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("sellout-portal-beta.pbids"));
		JsonNode pbids = json.readTree(file.body());
		assertThat(pbids.path("version").asString()).isEqualTo("0.1");
		JsonNode connection = pbids.path("connections").path(0);
		assertThat(connection.path("details").path("protocol").asString()).isEqualTo("odata");
		assertThat(connection.path("details").path("address").path("url").asString()).isEqualTo(baseUrl() + "/odata/");
		assertThat(connection.path("mode").asString()).isEqualTo("Import");
		assertThat(new String(file.body(), StandardCharsets.UTF_8)).doesNotContain("demo", "sobi_");
	}

	@Test
	void theExcelFileIsAnOfficeDataConnectionToTheFeed() {
		PortalHttp tab = browser().loggedInAs("admin", "demo");
		String link = Jsoup.parse(tab.get("/bi").body()).select("[data-testid=bi-download-odc]").attr("href");

		HttpResponse<byte[]> file = tab.download(link);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/x-ms-odc"));
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("sellout-portal-all.odc"));
		Document odc = Jsoup.parse(new String(file.body(), StandardCharsets.UTF_8));
		assertThat(odc.select("meta[name=SourceType]").attr("content")).isEqualTo("DATAFEED");
		String connection = odc.select("odc|Connection").attr("odc:Type") + " "
				+ odc.select("odc|ConnectionString").text();
		assertThat(connection).startsWith("DATAFEED Data Source=" + baseUrl() + "/odata/;")
			.contains("Base Url=" + baseUrl() + "/odata/");
	}

	@Test
	void integrationAccountsHaveNoPageNorFiles() {
		PortalHttp system = browser();
		system.login("gamma.1c", "demo");

		assertThat(system.get("/bi").statusCode()).isNotEqualTo(200);
		assertThat(system.download("/bi/connection.pbids").statusCode()).isNotEqualTo(200);
		assertThat(browser().download("/bi/connection.odc").statusCode()).isEqualTo(302);
	}

}
