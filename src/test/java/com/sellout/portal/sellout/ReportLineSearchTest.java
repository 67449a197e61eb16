package com.sellout.portal.sellout;

import java.net.http.HttpResponse;

import com.sellout.portal.support.GetForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search inside a report's lines (client by name or ИНН, product by SKU or name)
 * submitted as the report page renders it, kept to the caller's reports; the names of the
 * files the report hands out.
 */
class ReportLineSearchTest extends PortalTest {

	private static final String OTHER_INN = TestInns.organisation(52301);

	private long id;

	@BeforeEach
	void report() {
		byte[] file = SalesFile.create()
			.sale("03.05.2017", "EL-10001", 1, "100")
			.sale("04.05.2017", "ООО «Ромашка-Тест»", OTHER_INN, "Свердловская обл.", "EL-10002", 2, "200")
			.sale("05.05.2017", "EL-10002", 3, "300")
			.bytes();
		JsonNode report = SellOutApi
			.json(new SellOutApi(browser()).upload("alfa.manager", "may-search.csv", file, "2017-05"));
		id = report.path("id").asLong();
	}

	@Test
	void theLinesAreSearchedByClientAndByProduct() {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		Document card = page(alfa, "/sellout/reports/" + id);
		assertThat(lines(card)).isEqualTo(3);

		Document byName = page(alfa, search(card).fill("client", "ромашка").address());
		assertThat(lines(byName)).isEqualTo(1);
		assertThat(byName.select("table[data-testid=lines] tbody").text()).contains(OTHER_INN);
		assertThat(byName.select("form[data-testid=line-search] input[name=client]").val()).isEqualTo("ромашка");

		assertThat(lines(page(alfa, search(card).fill("client", "6645390113").address()))).as("by ИНН").isEqualTo(2);
		assertThat(lines(page(alfa, search(card).fill("product", "el-10002").address()))).as("by SKU").isEqualTo(2);
		Document both = page(alfa, search(card).fill("client", "Щитстрой").fill("product", "10002").address());
		assertThat(lines(both)).isEqualTo(1);
		assertThat(both.select("table[data-testid=lines] tbody").text()).contains("05.05.2017");

		Document none = page(alfa, search(card).fill("client", "%").address());
		assertThat(lines(none)).as("a wildcard is a character searched for").isZero();
		assertThat(none.select("[data-testid=empty]").text()).contains("сбросьте поиск");
		assertThat(none.select("[data-testid=empty] a").attr("href"))
			.isEqualTo("/sellout/reports/" + id + "?lines=ALL");
	}

	@Test
	void anotherDistributorSearchesNothingOfTheReport() {
		PortalHttp beta = browser().loggedInAs("beta.manager", "demo");
		HttpResponse<String> answer = beta
			.get("/sellout/reports/" + id + "?client=%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0");
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain(OTHER_INN);
	}

	@Test
	void theDownloadsAreNamedByDistributorAndPeriod() {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		Document card = page(alfa, "/sellout/reports/" + id);
		String accepted = card.select("a[href*=lines.xlsx][href*=ACCEPTED]").attr("href");
		String disposition = alfa.download(accepted).headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).matches("attachment; filename=\"sellout-ALFA-2017-05(-v\\d+)?\\.xlsx\"; "
				+ "filename\\*=UTF-8''sellout-ALFA-2017-05(-v\\d+)?\\.xlsx");
		assertThat(alfa.download("/sellout/reports/" + id + "/lines.csv?lines=EXCEPTIONS")
			.headers()
			.firstValue("Content-Disposition")
			.orElseThrow()).matches(".*filename=\"sellout-ALFA-2017-05(-v\\d+)?-exceptions\\.csv\".*");
		assertThat(alfa.download("/clients/export.csv").headers().firstValue("Content-Disposition").orElseThrow())
			.contains("filename=\"clients-ALFA.csv\"");
		assertThat(alfa.download("/sellout/data/export.xlsx?from=2017-05&to=2017-05")
			.headers()
			.firstValue("Content-Disposition")
			.orElseThrow()).contains("filename=\"sellout-ALFA-2017-05.xlsx\"");
	}

	@Test
	void theMonthSelectsOfTheListBindAsOneMonth() {
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");
		GetForm filters = GetForm.of(page(alfa, "/sellout/reports"), "form[role=search]");
		assertThat(filters.has("period")).as("no month field: two selects").isFalse();
		filters.choose("period.month", "Май").choose("period.year", "2017");
		Document may = page(alfa, filters.address());
		assertThat(may.select("table[data-testid=reports] tbody tr")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.text()).contains("2017"));
		assertThat(may.select("select[name=period.month] option[selected]").text()).isEqualTo("Май");
		assertThat(may.select("select[name=period.year] option[selected]").text()).isEqualTo("2017");
		assertThat(may.select("[data-testid=pager] a, table[data-testid=reports] th a").eachAttr("href"))
			.as("the sort and page links keep the month")
			.allSatisfy(href -> assertThat(href).contains("period=2017-05"));
	}

	private static GetForm search(Document card) {
		return GetForm.of(card, "form[data-testid=line-search]");
	}

	private static int lines(Document page) {
		return page.select("table[data-testid=lines] tbody tr").size();
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

}
