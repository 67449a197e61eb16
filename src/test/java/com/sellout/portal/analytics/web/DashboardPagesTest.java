package com.sellout.portal.analytics.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.GetForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.apache.poi.ss.usermodel.Cell;
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
 * The «Аналитика» pages over HTTP, driven through what they render: the filter bar's form
 * submitted as a browser would, the drill-down links followed to the data view — whose
 * lines are exactly those the row sums — the exports equal to the tables, a distributor
 * kept to its own figures whatever its address says, partner-supplied names escaped.
 */
class DashboardPagesTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void sales() {
		DashboardFixture.ensure(jdbc, transactions, distributors, users, this::browser);
	}

	@Test
	void theFilterBarsFormSelectsAGroupAndARegionAndTheTotalsFollow() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		Document page = page(analyst, "/analytics?" + DashboardFixture.RANGE);
		GetForm form = GetForm.of(page, "form[data-testid=analytics-filters]");
		assertThat(form.has("distributor")).isTrue();
		form.choose("group", DashboardFixture.ROOT);
		Document root = page(analyst, form.address());
		// RUB lines only: A 1000 + 2500 + 5000 + 400 + 2000, B 3000 + 6000; the USD line
		// left out and counted
		assertThat(figure(root, "[data-testid=total-amount] [data-figure=value]")).isEqualByComparingTo("19900.00");
		assertThat(figure(root, "[data-testid=total-lines] [data-figure=value]")).isEqualByComparingTo("8");
		assertThat(figure(root, "[data-testid=total-clients] [data-figure=value]")).isEqualByComparingTo("4");
		assertThat(root.select("[data-testid=total-amount] [data-figure=other-currency]").text()).contains("1");
		assertThat(root.select("[data-testid=total-quantity]")).as("pieces and metres are not summed").isEmpty();
		// against 2056-10 … 2056-12 (900) and 2056-01 … 2056-03 (800)
		assertThat(root.select("[data-testid=total-amount] [data-figure=vs-previous]").text()).startsWith("▲ +2")
			.contains("Октябрь 2056 — Декабрь 2056");
		assertThat(root.select("[data-testid=total-amount] [data-figure=vs-previous]").hasClass("up")).isTrue();
		assertThat(root.select("[data-testid=total-amount] [data-figure=vs-year]").text())
			.contains("Январь 2056 — Март 2056");

		GetForm again = GetForm.of(root, "form[data-testid=analytics-filters]");
		again.choose("region", "77 г. Москва");
		Document moscow = page(analyst, again.address());
		// the shared client's lines in Moscow: A 1000 + 2500 + 2000, B 3000
		assertThat(figure(moscow, "[data-testid=total-amount] [data-figure=value]")).isEqualByComparingTo("8500.00");
		assertThat(moscow.select("[data-testid=table-client] tbody tr")).hasSize(1);
		assertThat(moscow.select("[data-testid=table-client] tbody tr").attr("data-key"))
			.isEqualTo(DashboardFixture.SHARED_CLIENT);
		assertThat(moscow.select("[data-testid=trend] [data-source]").attr("data-source")).isNotBlank();
		assertThat(moscow.select(".analytics-source").text()).contains("источник: ");
	}

	@Test
	void everyRowsLinesLinkLandsOnExactlyTheLinesItSums() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		Document page = page(analyst, "/analytics?" + DashboardFixture.RANGE + "&group=" + root);
		List<Element> links = page.select("table.breakdown tbody a[data-figure=lines-link]");
		assertThat(links).hasSizeGreaterThan(10);
		for (Element link : links) {
			long lines = figure(link.parents().select("tr").first(), "[data-figure=lines]").longValue();
			Document data = page(analyst, link.attr("href"));
			assertThat(figure(data, "[data-testid=total-lines]").longValue()).as(link.attr("href")).isEqualTo(lines);
			assertThat(data.select("table[data-testid=data] tbody tr")).hasSize((int) lines);
		}
	}

	@Test
	void aGroupDrillsDownToItsProductsAndAProductToItsLines() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		long shields = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.SHIELDS);
		Document page = page(analyst, "/analytics?" + DashboardFixture.RANGE + "&group=" + root);
		Element group = page
			.selectFirst("[data-testid=table-group] tbody tr[data-key=" + shields + "] a[data-figure=drill]");
		assertThat(group).as("the sub-group's row").isNotNull();
		assertThat(group.attr("href")).contains("group=" + shields).endsWith("#by-sku");
		Document products = page(analyst, group.attr("href"));
		assertThat(products.select("[data-testid=table-sku] tbody tr").eachAttr("data-key"))
			.containsExactlyInAnyOrder("D56-1", "D56-2");
		Element product = products.selectFirst("[data-testid=table-sku] tbody tr[data-key=D56-1]");
		// RUB: 1000 + 400 (the USD line is counted in lines, not in the amount)
		assertThat(figure(product, "[data-figure=amount]")).isEqualByComparingTo("1400.00");
		assertThat(figure(product, "[data-figure=lines]")).isEqualByComparingTo("3");
		assertThat(product.selectFirst("a[data-figure=drill]").attr("href")).contains("sku=D56-1")
			.endsWith("#by-region");
		Document lines = page(analyst, product.selectFirst("a[data-figure=lines-link]").attr("href"));
		assertThat(lines.select("table[data-testid=data] tbody tr")).hasSize(3);
		assertThat(lines.select("table[data-testid=data]").text()).contains("D56-1").doesNotContain("D56-2");
	}

	@Test
	void aBreakdownSortsByItsColumnsAndSaysSo() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		Document page = page(analyst, "/analytics?" + DashboardFixture.RANGE + "&group=" + root);
		Element amount = page.selectFirst("[data-testid=table-sku] th[aria-sort]:nth-child(2)");
		assertThat(amount.attr("aria-sort")).isEqualTo("descending");
		assertThat(amounts(page, "sku")).isSortedAccordingTo((a, b) -> b.compareTo(a));
		Element byName = page.selectFirst("[data-testid=table-sku] th:nth-child(1) a");
		Document sorted = page(analyst, byName.attr("href"));
		assertThat(sorted.selectFirst("[data-testid=table-sku] th:nth-child(1)").attr("aria-sort"))
			.isEqualTo("ascending");
		assertThat(sorted.select("[data-testid=table-sku] tbody tr").eachAttr("data-key")).containsExactly("D56-3",
				"D56-2", "D56-1");
		Document back = page(analyst, sorted.selectFirst("[data-testid=table-sku] th:nth-child(1) a").attr("href"));
		assertThat(back.selectFirst("[data-testid=table-sku] th:nth-child(1)").attr("aria-sort"))
			.isEqualTo("descending");
		assertThat(back.select("[data-testid=table-sku] tbody tr").eachAttr("data-key")).containsExactly("D56-1",
				"D56-2", "D56-3");
	}

	@Test
	void theExportsHoldTheTablesRowsNumbersAsNumbers() throws IOException {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		Document page = page(analyst, "/analytics?" + DashboardFixture.RANGE + "&group=" + root);
		List<String> keys = page.select("[data-testid=table-sku] tbody tr").eachAttr("data-key");
		List<BigDecimal> amounts = amounts(page, "sku");
		String xlsx = page.selectFirst("[data-testid=export-sku-xlsx]").attr("href");
		HttpResponse<byte[]> file = analyst.download(xlsx);
		assertThat(file.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
			Sheet sheet = book.getSheetAt(0);
			int header = headerRow(sheet);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("По товарам");
			List<String> fileKeys = new ArrayList<>();
			List<BigDecimal> fileAmounts = new ArrayList<>();
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				fileKeys.add(row.getCell(0).getStringCellValue());
				Cell amount = row.getCell(2);
				assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
				fileAmounts.add(BigDecimal.valueOf(amount.getNumericCellValue()));
			}
			assertThat(fileKeys).isEqualTo(keys);
			assertThat(fileAmounts).usingElementComparator(BigDecimal::compareTo).isEqualTo(amounts);
		}
		String csv = new String(
				analyst.download(page.selectFirst("[data-testid=export-trend-csv]").attr("href")).body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("2057-01", "2057-02", "2057-03", "Итого");
		assertThat(asSystem(() -> jdbc.sql("""
				select target_id || ' ' || details from audit_events
				 where action = 'ANALYTICS_EXPORTED' and actor = 'analyst' order by id desc limit 2""")
			.query(String.class)
			.list())).as("each export is audited, newest first")
			.satisfiesExactly(trend -> assertThat(trend).startsWith("analytics-trend-2057-01-2057-03 csv"),
					sku -> assertThat(sku).contains(" xlsx "));
	}

	@Test
	void aDistributorSeesItsOwnOnlyWhateverTheAddressSays() {
		PortalHttp beta = browser().loggedInAs("dsh56b.admin", "demo");
		Document own = page(beta, "/analytics?" + DashboardFixture.RANGE);
		assertThat(GetForm.of(own, "form[data-testid=analytics-filters]").has("distributor")).isFalse();
		assertThat(own.select("[data-testid=breakdown-distributor]")).isEmpty();
		assertThat(figure(own, "[data-testid=total-amount] [data-figure=value]")).isEqualByComparingTo("9000.00");
		assertThat(own.select("[data-testid=table-client] tbody tr").eachAttr("data-key"))
			.containsExactlyInAnyOrder(DashboardFixture.SHARED_CLIENT, DashboardFixture.B_CLIENT);

		long alfa = distributorId(DashboardFixture.A);
		Document other = page(beta, "/analytics?" + DashboardFixture.RANGE + "&distributor=" + alfa);
		assertThat(figure(other, "[data-testid=total-amount] [data-figure=value]")).isEqualByComparingTo("0");
		assertThat(other.select("table.breakdown tbody tr")).isEmpty();
		Document client = page(beta, "/analytics?" + DashboardFixture.RANGE + "&client=" + DashboardFixture.A_CLIENT);
		assertThat(figure(client, "[data-testid=total-amount] [data-figure=value]")).isEqualByComparingTo("0");
		assertThat(client.text()).doesNotContain("Клиент <А>");
		Document shared = page(beta,
				"/analytics?" + DashboardFixture.RANGE + "&client=" + DashboardFixture.SHARED_CLIENT);
		assertThat(figure(shared, "[data-testid=total-amount] [data-figure=value]")).isEqualByComparingTo("3000.00");
		HttpResponse<byte[]> export = beta
			.download("/analytics/export/client.csv?" + DashboardFixture.RANGE + "&distributor=" + alfa);
		assertThat(new String(export.body(), StandardCharsets.UTF_8)).doesNotContain(DashboardFixture.SHARED_CLIENT)
			.doesNotContain(DashboardFixture.A_CLIENT);
		assertThat(beta.download("/analytics/export/distributor.csv?" + DashboardFixture.RANGE).statusCode())
			.isEqualTo(404);
	}

	@Test
	void partnerSuppliedNamesAreEscapedInTheTablesAndTheChartsData() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		String body = analyst
			.get("/analytics?" + DashboardFixture.RANGE + "&distributor=" + distributorId(DashboardFixture.A))
			.body();
		assertThat(body).doesNotContain("<b>&amp;</b>").doesNotContain("Клиент <А>");
		Document page = Jsoup.parse(body);
		assertThat(page.select("[data-testid=table-client]").text()).contains("ООО \"Клиент <А>\"");
		assertThat(page.select("[data-testid=breakdown-client] [data-chart]").attr("data-chart"))
			.contains("Клиент <А>");
		assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
		assertThat(page.select("[onclick], [onload], [onchange]")).isEmpty();
	}

	@Test
	void theRegionsMapHasATilePerSubjectColouredByAmountAndATileFiltersByItsRegion() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		Document page = page(analyst, "/analytics/regions?" + DashboardFixture.RANGE + "&group=" + root);
		assertThat(page.select(".tile-map a.tile")).hasSize(89);
		// B's installer in 50 sold the most (6000), Moscow 8500, Sverdlovsk 5000
		assertThat(page.selectFirst("a.tile[data-region=77]").attr("data-step")).isEqualTo("6");
		assertThat(page.selectFirst("a.tile[data-region=01]").attr("data-step")).isEqualTo("0");
		assertThat(page.selectFirst("a.tile[data-region=77]").attr("title")).contains("77", "8\u00a0500,00");
		assertThat(page.select("[data-testid=table-region] tbody tr").eachAttr("data-key")).containsExactly("77", "50",
				"66", "-");
		Document sverdlovsk = page(analyst, page.selectFirst("a.tile[data-region=66]").attr("href"));
		assertThat(sverdlovsk.select("[data-testid=table-region] tbody tr").eachAttr("data-key")).containsExactly("66");
		assertThat(sverdlovsk.selectFirst("a.tile[data-region=66]").hasClass("selected")).isTrue();
		assertThat(sverdlovsk.select(".tile-map a.tile")).hasSize(89);
	}

	@Test
	void theDataViewSelectsLinesWithoutRegionOrSegmentByCurrencyAndByExactInn() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long alfa = distributorId(DashboardFixture.A);
		String base = "/sellout/data?from=2057-03&to=2057-03&distributor=" + alfa;
		assertThat(lineCount(analyst, base)).isEqualTo(5);
		assertThat(lineCount(analyst, base + "&region=-")).isEqualTo(1);
		assertThat(lineCount(analyst, base + "&segment=-")).isEqualTo(1);
		assertThat(lineCount(analyst, base + "&currency=other")).isEqualTo(1);
		assertThat(lineCount(analyst, base + "&currency=RUB")).isEqualTo(4);
		assertThat(lineCount(analyst, base + "&inn=" + DashboardFixture.A_CLIENT)).isEqualTo(2);
		assertThat(lineCount(analyst, base + "&inn=" + DashboardFixture.A_CLIENT.substring(0, 6))).isZero();
		String csv = new String(analyst
			.download("/sellout/data/export.csv?from=2057-03&to=2057-03&distributor=" + alfa + "&currency=other")
			.body(), StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(2);
		assertThat(csv).contains("USD");

		// the same through the view's own form, as a person chooses
		Document view = page(analyst, base);
		assertThat(lineCount(analyst, GetForm.of(view, "form.filters").choose("region", "Регион не указан").address()))
			.isEqualTo(1);
		assertThat(
				lineCount(analyst, GetForm.of(view, "form.filters").choose("segment", "Сегмент не указан").address()))
			.isEqualTo(1);
		assertThat(lineCount(analyst, GetForm.of(view, "form.filters").choose("currency", "Другая валюта").address()))
			.isEqualTo(1);
		assertThat(
				lineCount(analyst, GetForm.of(view, "form.filters").fill("inn", DashboardFixture.A_CLIENT).address()))
			.isEqualTo(2);
	}

	@Test
	void anEnglishReaderGetsEnglishNamesAndNumbersOnThePageAndInTheExport() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		Document page = page(analyst, "/analytics?lang=en&" + DashboardFixture.RANGE + "&group=" + root);
		assertThat(page.select("h1").text()).isEqualTo("Sales analytics");
		assertThat(page.selectFirst("[data-testid=total-amount] [data-figure=value]").text()).isEqualTo("19,900.00");
		assertThat(page.select("[data-testid=total-amount] [data-figure=other-currency]").text())
			.isEqualTo("Lines in another currency left out: 1");
		assertThat(page.select("[data-testid=table-region] tbody tr[data-key=-] td.name").text())
			.contains("not specified");
		String csv = new String(
				analyst.download(page.selectFirst("[data-testid=export-region-csv]").attr("href")).body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("By region", "Net amount, RUB", "not specified");
		analyst.get("/analytics?lang=ru");
	}

	@Test
	void withoutARangeTheLastTwelveCompleteMonthsAreShown() {
		PortalHttp beta = browser().loggedInAs("dsh56b.admin", "demo");
		// its sales are all in 2057: none in the past, so simply the last twelve complete
		// months
		GetForm form = GetForm.of(page(beta, "/analytics"), "form[data-testid=analytics-filters]");
		YearMonth from = YearMonth.now().minusMonths(12);
		YearMonth to = YearMonth.now().minusMonths(1);
		assertThat(form.value("from.month") + "." + form.value("from.year"))
			.isEqualTo(String.format("%02d.%d", from.getMonthValue(), from.getYear()));
		assertThat(form.value("to.month") + "." + form.value("to.year"))
			.isEqualTo(String.format("%02d.%d", to.getMonthValue(), to.getYear()));
	}

	private static long lineCount(PortalHttp http, String path) {
		return figure(page(http, path), "[data-testid=total-lines]").longValue();
	}

	private static List<BigDecimal> amounts(Document page, String by) {
		return page.select("[data-testid=table-" + by + "] tbody tr [data-figure=amount]")
			.stream()
			.map(e -> number(e.text()))
			.toList();
	}

	private static int headerRow(Sheet sheet) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals("Код")) {
				return r;
			}
		}
		throw new AssertionError("no header row");
	}

	static Document page(PortalHttp http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://portal" + path);
	}

	static BigDecimal figure(Element page, String selector) {
		Element element = page.selectFirst(selector);
		assertThat(element).as(selector).isNotNull();
		return number(element.text());
	}

	static BigDecimal number(String text) {
		return new BigDecimal(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.').replace('−', '-'));
	}

}
