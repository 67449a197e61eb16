package com.sellout.portal.inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Товарный запас в канале» as people use it: filtered through the form the page renders,
 * each figure leading to what is behind it, the gap by month, the stalest stock and what
 * runs out first, the same rows exported — and a distributor sees only its own, on the
 * page and in both exports, and is refused another's.
 */
class ChannelInventoryPagesTest extends PortalTest {

	private static final String FILTERS = "form[data-testid=inventory-filters]";

	@Autowired
	private UserAccounts users;

	private long a;

	private long b;

	@BeforeEach
	void rows() {
		InventoryRowsFixture.ensure(jdbc, users, this::asSystem);
		a = distributorId(InventoryRowsFixture.A);
		b = distributorId(InventoryRowsFixture.B);
	}

	@Test
	void theManufacturerFiltersThroughTheFormByDistributorMonthGroupBandStalenessAndText() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		FilterForm form = FilterForm.of(analyst.get("/inventory").body(), FILTERS)
			.choose("distributor", InventoryRowsFixture.A)
			.choose("period.month", "Март")
			.choose("period.year", "2044");
		Document page = open(analyst, form.url());
		assertThat(skus(page)).containsExactly("I44-1", "I44-2", "I44-3");
		assertThat(text(page, "total-rows")).isEqualTo("3");
		assertThat(text(page, "total-sell-in")).isEqualTo("100");
		assertThat(text(page, "total-gap")).isEqualTo("−7");
		assertThat(text(page, "total-gap-value")).isEqualTo("−700");
		assertThat(text(page, "band-counts")).contains("Нет в наличии: 1", "Мало: 1", "Норма: 0", "Избыток: 1");
		Element first = page.selectFirst("tr[data-sku=I44-1]");
		assertThat(first.selectFirst("[data-figure=gap]").text()).isEqualTo("−10");
		assertThat(first.selectFirst("[data-figure=gap-value]").text()).isEqualTo("−1 000,00");
		assertThat(first.selectFirst("[data-figure=gap-percent]").text()).isEqualTo("−8,33 %");
		assertThat(first.selectFirst("[data-figure=band]").text()).isEqualTo("Избыток");
		assertThat(first.selectFirst("[data-figure=stale]").text()).isEqualTo("131");

		FilterForm shown = FilterForm.of(page.outerHtml(), FILTERS);
		assertThat(shown.value("distributor")).isEqualTo(String.valueOf(a));
		assertThat(shown.value("period.month")).isEqualTo("03");
		assertThat(shown.value("period.year")).isEqualTo("2044");
		assertThat(skus(open(analyst, shown.choose("group", "Запас 2044").url()))).containsExactly("I44-1", "I44-2");
		assertThat(skus(open(analyst, FilterForm.of(page.outerHtml(), FILTERS).choose("band", "Мало").url())))
			.containsExactly("I44-2");
		assertThat(skus(open(analyst, FilterForm.of(page.outerHtml(), FILTERS).check("stale").url())))
			.containsExactly("I44-1");
		assertThat(skus(open(analyst, FilterForm.of(page.outerHtml(), FILTERS).fill("q", "лампа").url())))
			.containsExactly("I44-2");
		Document all = open(analyst,
				FilterForm.of(page.outerHtml(), FILTERS)
					.choose("distributor", "Все дистрибьюторы")
					.fill("q", "I44-1")
					.url());
		assertThat(all.select("tbody tr[data-sku]").eachAttr("id")).containsExactly("r-INV44A-I44-1", "r-INV44B-I44-1");
	}

	@Test
	void eachFigureLeadsToWhatIsBehindIt() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		Document page = open(analyst, "/inventory?distributor=" + a + "&period=2044-03");
		Element row = page.selectFirst("tr[data-sku=I44-1]");
		assertThat(href(row, "opening"))
			.isEqualTo("/inventory?distributor=" + a + "&period=2044-02&q=I44-1#r-INV44A-I44-1");
		assertThat(href(row, "sell-in")).isEqualTo("/sell-in?distributor=" + a + "&period=2044-03&q=I44-1");
		assertThat(href(row, "sell-out"))
			.isEqualTo("/sellout/data?from=2044-03&to=2044-03&distributor=" + a + "&sku=I44-1");
		assertThat(href(row, "reported")).isEqualTo("/sellout/stock-reports/944001?sku=I44-1");
		assertThat(href(row, "stale"))
			.isEqualTo("/sellout/data?from=2043-11&to=2043-11&distributor=" + a + "&sku=I44-1");
		assertThat(page.selectFirst("tr[data-sku=I44-3] [data-figure=opening] a"))
			.as("an unknown opening leads nowhere")
			.isNull();

		Document february = open(analyst, href(row, "opening").replaceFirst("#.*", ""));
		assertThat(february.selectFirst("tr#r-INV44A-I44-1 [data-figure=reported]").text())
			.as("the opening of March is February's reported closing")
			.isEqualTo("100");
		assertThat(analyst.get(href(row, "sell-in")).statusCode()).isEqualTo(200);
		assertThat(analyst.get(href(row, "sell-out")).statusCode()).isEqualTo(200);
	}

	@Test
	void theGapByMonthAndTheListsOfStaleAndRunningOutStock() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		Document page = open(analyst, "/inventory?distributor=" + a + "&period=2044-03");
		Element history = page.selectFirst("[data-testid=gap-history]");
		assertThat(history.select("thead th[data-period]").eachAttr("data-period")).hasSize(12)
			.startsWith("2043-04")
			.endsWith("2044-03");
		assertThat(history.select("thead th[data-period]").eachText()).as("months by name")
			.startsWith("Апрель 2043")
			.endsWith("Март 2044");
		assertThat(history.select("tbody tr").eachAttr("data-distributor")).containsExactly("INV44A");
		Element alfa = history.selectFirst("tr[data-distributor=INV44A]");
		assertThat(alfa.selectFirst("td[data-period=2044-01]").text()).isEqualTo("−200,00 −2");
		assertThat(alfa.selectFirst("td[data-period=2044-02]").text()).isEqualTo("−400,00 −4");
		assertThat(alfa.selectFirst("td[data-period=2044-03]").text()).isEqualTo("−700,00 −7");
		assertThat(alfa.selectFirst("td[data-period=2043-12]").text()).isEqualTo("—");

		assertThat(page.select("[data-testid=stalest] li").eachText())
			.containsExactly("INV44A · I44-1 Светильник запасной 131 дн. без продаж");
		assertThat(page.select("[data-testid=running-out] li a").eachAttr("href")).containsExactly(
				"/inventory?distributor=" + a + "&period=2044-03&q=I44-3#r-INV44A-I44-3",
				"/inventory?distributor=" + a + "&period=2044-03&q=I44-2#r-INV44A-I44-2",
				"/inventory?distributor=" + a + "&period=2044-03&q=I44-1#r-INV44A-I44-1");

		Document both = open(analyst, "/inventory?period=2044-03&q=I44-");
		Element allHistory = both.selectFirst("[data-testid=gap-history]");
		assertThat(allHistory.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).startsWith("INV44A"))
			.anySatisfy(row -> assertThat(row).startsWith("INV44B"))
			.anySatisfy(row -> assertThat(row).startsWith("Всего"));
		assertThat(allHistory.selectFirst("tr:has(strong) td[data-period=2044-03]").text())
			.as("the sum of every distributor's gap in March")
			.startsWith("−700,00");
	}

	@Test
	void theExportsHoldTheFilteredRowsWithEveryFigure() throws IOException {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		Document page = open(analyst, "/inventory?distributor=" + a + "&period=2044-03&group="
				+ InventoryRowsFixture.ensure(jdbc, users, this::asSystem).parent());
		HttpResponse<byte[]> csv = analyst.download(page.selectFirst("[data-testid=export-csv]").attr("href"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
			.contains("filename=\"channel-inventory-INV44A-2044-03.csv\"");
		List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFFДистрибьютор;Месяц;Артикул;Наименование;Начальный остаток;");
		assertThat(lines.get(1)).isEqualTo("INV44A;2044-03;I44-1;Светильник запасной;100;по отчёту;50;30;120;110;"
				+ "944001;-10;-1000.00;-8.33;7.5;14.67;Избыток;2043-11-20;131;да");
		assertThat(lines.get(2)).startsWith("INV44A;2044-03;I44-2;");

		HttpResponse<byte[]> xlsx = analyst.download(page.selectFirst("[data-testid=export-xlsx]").attr("href"));
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("I44-1");
			assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(50.0);
			assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(-1000.0);
			assertThat(row.getCell(16).getStringCellValue()).isEqualTo("Избыток");
		}
		String lowOnly = new String(
				analyst.download("/inventory/export.csv?distributor=" + a + "&period=2044-03&band=LOW").body(),
				StandardCharsets.UTF_8);
		assertThat(lowOnly.lines().skip(1).toList()).singleElement().asString().startsWith("INV44A;2044-03;I44-2;");
	}

	@Test
	void aDistributorSeesItsOwnRowsOnlyAndIsRefusedAnothersOnThePageAndInBothExports() {
		PortalHttp alfa = browser().loggedInAs("inv44a.admin", InventoryRowsFixture.PASSWORD);
		HttpResponse<String> own = alfa.get("/inventory?period=2044-03");
		assertThat(own.statusCode()).isEqualTo(200);
		FilterForm form = FilterForm.of(own.body(), FILTERS);
		assertThat(form.has("distributor")).as("a distributor is offered no other").isFalse();
		Document page = open(alfa, form.fill("q", "I44-1").url());
		assertThat(skus(page)).containsExactly("I44-1");
		assertThat(page.outerHtml()).doesNotContain("INV44B").doesNotContain("Запас Б");
		assertThat(alfa.get("/inventory?period=2044-03&distributor=" + a).statusCode()).isEqualTo(200);

		assertThat(alfa.get("/inventory?period=2044-03&distributor=" + b).statusCode()).isEqualTo(404);
		assertThat(alfa.download("/inventory/export.csv?period=2044-03&distributor=" + b).statusCode()).isEqualTo(404);
		assertThat(alfa.download("/inventory/export.xlsx?period=2044-03&distributor=" + b).statusCode()).isEqualTo(404);
		assertThat(alfa.get("/inventory?period=2044-03&distributor=99999999").statusCode())
			.as("as a distributor that does not exist")
			.isEqualTo(404);
		String export = new String(alfa.download("/inventory/export.csv?period=2044-03").body(),
				StandardCharsets.UTF_8);
		assertThat(export.lines().skip(1).map(line -> line.substring(0, line.indexOf(';'))).distinct().toList())
			.containsExactly("INV44A");

		PortalHttp beta = browser().loggedInAs("inv44b.admin", InventoryRowsFixture.PASSWORD);
		assertThat(skus(open(beta, "/inventory?period=2044-03"))).containsExactly("I44-1");
		assertThat(beta.download("/inventory/export.xlsx?period=2044-03&distributor=" + a).statusCode()).isEqualTo(404);
		assertThat(beta.get("/inventory").body()).as("its own newest month by default").contains("2044-03");
	}

	@Test
	void theSearchRefreshesTheResultsAloneAndTheBadMonthIsRefusedInTheUsersLanguage() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> fragment = analyst.request("GET",
				"/inventory?distributor=" + a + "&period=2044-03&q=I44-2", null, null, "HX-Request", "true", "Accept",
				"text/html");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body().strip()).startsWith("<div id=\"inventory-results\"").doesNotContain("<nav");
		assertThat(skus(Jsoup.parse(fragment.body()))).containsExactly("I44-2");

		HttpResponse<String> bad = analyst.get("/inventory?period=2044-3x");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Месяц «2044-3x» указан неверно");

		PortalHttp english = browser().loggedInAs("analyst", "demo");
		try {
			String page = english.get("/inventory?distributor=" + a + "&period=2044-03&lang=en").body();
			assertThat(page).contains("Channel inventory", "Out of stock", "Stalest stock", "Running out first");
		}
		finally {
			// the choice is kept for the user's next login: the shared demo user speaks
			// Russian again for the other tests
			english.get("/profile?lang=ru");
		}
	}

	private static Document open(PortalHttp http, String url) {
		HttpResponse<String> response = http.get(url);
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://portal/");
	}

	private static List<String> skus(Document page) {
		return page.select("table[data-testid=inventory] tbody tr[data-sku]").eachAttr("data-sku");
	}

	private static String text(Document page, String testId) {
		return page.selectFirst("[data-testid=" + testId + "]").text();
	}

	private static String href(Element row, String figure) {
		return row.selectFirst("[data-figure=" + figure + "] a, a[data-figure=" + figure + "]").attr("href");
	}

}
