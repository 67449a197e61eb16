package com.sellout.portal.analytics.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.BrowserTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The «Аналитика» pages in a real browser: the manufacturer filters by a region and a
 * group, drills from the group to its products and on to the lines, and exports the view;
 * the charts render (SVG) with Russian months and numbers, partner-supplied names escaped
 * in their tooltips; a distributor sees only its own, whatever its address; at 1440 and
 * 390 pixels, the phone without sideways scrolling.
 */
class DashboardBrowserTest extends BrowserTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void sales() {
		DashboardFixture.ensure(jdbc, transactions, distributors, users, this::browser);
	}

	@Test
	void theManufacturerFiltersDrillsDownToTheLinesAndExports() throws IOException {
		page.setViewportSize(1440, 900);
		logIn("analyst", "demo");
		page.locator("nav.sidebar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Аналитика").setExact(true))
			.click();
		page.waitForLoadState(LoadState.LOAD);
		page.getByLabel("Период с: месяц").selectOption(new SelectOption().setLabel("Январь"));
		page.getByLabel("Период с: год").selectOption("2057");
		page.getByLabel("по: месяц").selectOption(new SelectOption().setLabel("Март"));
		page.getByLabel("по: год").selectOption("2057");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Применить")).click();
		page.waitForURL(url -> url.contains("from.year=2057") && url.contains("to.month=03"));
		page.waitForLoadState(LoadState.LOAD);
		page.getByLabel("Товарная группа").selectOption(new SelectOption().setLabel(DashboardFixture.ROOT));
		long root = DashboardFixture.groupId(jdbc, transactions, DashboardFixture.ROOT);
		page.waitForURL(url -> url.contains("group=" + root));
		page.waitForLoadState(LoadState.LOAD);
		page.locator("form[data-testid=analytics-filters] select[name=region]").selectOption("77");
		page.waitForURL(url -> url.contains("region=77"));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("total-amount").locator("[data-figure=value]")).hasText("8\u00a0500,00");
		assertThat(page.locator("[data-testid=trend-chart] svg")).hasCount(1);
		screenshot("1-region-and-group");

		page.locator("form[data-testid=analytics-filters] select[name=region]").selectOption("");
		page.waitForURL(url -> !url.contains("region="));
		page.waitForLoadState(LoadState.LOAD);
		page.getByTestId("table-group")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Щиты"))
			.click();
		page.waitForURL(url -> url.endsWith("#by-sku"));
		Locator products = page.locator("[data-testid=table-sku] tbody tr");
		assertThat(products).hasCount(2);
		screenshot("2-group-products");

		// the export of the products' view: what the table shows
		List<String> keys = products.evaluateAll("rows => rows.map(r => r.dataset.key)").toString().lines().toList();
		List<String> tableAmounts = page.locator("[data-testid=table-sku] tbody [data-figure=amount]").allInnerTexts();
		Download download = page.waitForDownload(() -> page.getByTestId("export-sku-xlsx").click());
		try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			List<BigDecimal> amounts = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
					amounts.add(BigDecimal.valueOf(row.getCell(2).getNumericCellValue()));
				}
			}
			assertThat(amounts).usingElementComparator(BigDecimal::compareTo)
				.isEqualTo(tableAmounts.stream().map(DashboardPagesTest::number).toList());
		}
		assertThat(keys).isNotEmpty();

		Locator product = page.locator("[data-testid=table-sku] tbody tr[data-key=D56-1]");
		String lines = product.locator("[data-figure=lines]").innerText().strip();
		product.locator("a[data-figure=lines-link]").click();
		page.waitForURL(url -> url.contains("/sellout/data"));
		assertThat(page.locator("table[data-testid=data] tbody tr")).hasCount(Integer.parseInt(lines));
		assertThat(page.getByTestId("total-lines")).hasText(lines);
		screenshot("3-lines");
	}

	@Test
	void chartsRenderWithRussianMonthsAndNumbersAndEscapeNamesInTooltips() {
		page.setViewportSize(1440, 900);
		logIn("analyst", "demo");
		open("/analytics?" + DashboardFixture.RANGE + "&distributor=" + distributorId(DashboardFixture.A)
				+ "&stack=group");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("[data-chart][data-drawn=true]").first()).isVisible();
		Locator trend = page.locator("[data-testid=trend-chart]");
		assertThat(trend).hasAttribute("role", "img");
		assertThat(trend.locator("svg")).hasCount(1);
		String axis = String.join(" ", trend.locator("svg text").allTextContents());
		assertThat(axis).contains("янв", "фев", "мар", "2057");
		assertThat(axis).containsPattern("\\d[\\u00a0\\u202f ]\\d{3}");
		assertThat(page.locator("[data-testid=breakdown-sku] [data-chart] svg")).hasCount(1);

		// the product named «Щит ЩРВ-24 <b>&amp;</b>» is shown as text in its tooltip
		page.evaluate("""
				() => {
				  const el = document.querySelector('[data-testid=breakdown-sku] [data-chart]');
				  const data = JSON.parse(el.getAttribute('data-chart'));
				  const i = data.labels.findIndex(l => l.includes('ЩРВ'));
				  echarts.getInstanceByDom(el).dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
				}""");
		Locator tip = page.locator("[data-testid=breakdown-sku] [data-chart] > div:not(:has(svg))")
			.filter(new Locator.FilterOptions().setHasText("ЩРВ"));
		assertThat(tip.first()).containsText("<b>&amp;</b>");
		assertThat(tip.first().locator("b", new Locator.LocatorOptions().setHasText("&"))).hasCount(0);
		assertThat(tip.first()).containsText(",00");
		screenshot("1-charts");
	}

	@Test
	void aDistributorOnAPhoneSeesItsOwnOnlyAndThePageDoesNotScrollSideways() {
		page.setViewportSize(390, 844);
		logIn("dsh56b.admin", "demo");
		open("/analytics?" + DashboardFixture.RANGE);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("form[data-testid=analytics-filters] select[name=distributor]")).hasCount(0);
		assertThat(page.getByTestId("total-amount").locator("[data-figure=value]")).hasText("9\u00a0000,00");
		assertThat(page.locator("body")).not().containsText(DashboardFixture.A);
		assertThat(page.locator("body")).not().containsText(DashboardFixture.A_CLIENT);
		assertNoSidewaysScroll();
		screenshot("1-phone-overview");

		open("/analytics?" + DashboardFixture.RANGE + "&distributor=" + distributorId(DashboardFixture.A));
		assertThat(page.getByTestId("total-amount").locator("[data-figure=value]")).hasText("0,00");
		assertThat(page.locator("table.breakdown tbody tr")).hasCount(0);
		open("/analytics?" + DashboardFixture.RANGE + "&client=" + DashboardFixture.A_CLIENT);
		assertThat(page.getByTestId("total-amount").locator("[data-figure=value]")).hasText("0,00");

		open("/analytics/regions?" + DashboardFixture.RANGE);
		assertThat(page.locator(".tile-map a.tile")).hasCount(89);
		assertNoSidewaysScroll();
		screenshot("2-phone-regions");
	}

	@Test
	void theRegionsMapOnADesktop() {
		page.setViewportSize(1440, 900);
		logIn("analyst", "demo");
		open("/analytics/regions?" + DashboardFixture.RANGE);
		page.waitForLoadState(LoadState.LOAD);
		page.locator("a.tile[data-region='77']").click();
		page.waitForURL(url -> url.contains("region=77"));
		assertThat(page.locator("a.tile[data-region='77']")).hasClass(Pattern.compile("selected"));
		screenshot("1-regions");
		page.setViewportSize(390, 844);
		open("/analytics?" + DashboardFixture.RANGE);
		assertNoSidewaysScroll();
		screenshot("2-phone-overview");
	}

	private void assertNoSidewaysScroll() {
		System.out.println("WIDER: " + page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
						&& !e.parentElement.closest('.table-wrap, [data-chart], details'))
						  .slice(0, 15).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"""));
		Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) wider).intValue()).as("the page scrolls sideways by").isLessThanOrEqualTo(0);
	}

}
