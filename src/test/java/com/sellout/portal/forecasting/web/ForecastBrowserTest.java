package com.sellout.portal.forecasting.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.TableFiles;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The «Прогноз» pages in a real browser, as the manufacturer and as a distributor's user,
 * at 1440 and 390 pixels: the chart renders (SVG) with its 80 % band, switching the
 * product and the group shows the other series, a named order entered through the form is
 * listed, an upload's bad rows are shown; on a phone no page scrolls sideways.
 * Screenshots in target/screenshots, also cut into screens for the long pages.
 */
class ForecastBrowserTest extends BrowserTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void sales() {
		ForecastPageFixture.ensure(jdbc, transactions, distributors, users, this::browser);
	}

	@Test
	void theManufacturerSwitchesDistributorGroupAndProductAndSeesTheBand() {
		page.setViewportSize(1440, 900);
		logIn("admin", "demo");
		page.locator("nav.sidebar")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Прогноз").setExact(true))
			.click();
		page.waitForLoadState(LoadState.LOAD);
		page.getByTestId("choose-distributor").selectOption(ForecastPageFixture.A);
		page.waitForURL(url -> url.contains("distributor=" + ForecastPageFixture.A));
		long root = ForecastPageFixture.groupId(jdbc, transactions, ForecastPageFixture.ROOT);
		page.getByTestId("choose-group").selectOption(String.valueOf(root));
		page.waitForURL(url -> url.contains("group=" + root));
		page.getByTestId("choose-product").selectOption(ForecastPageFixture.SEASONAL);
		page.waitForURL(url -> url.contains("sku=" + ForecastPageFixture.SEASONAL));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("selection")).containsText(ForecastPageFixture.SEASONAL);
		assertChartWithBand();
		screenshot("1-seasonal");
		screens("1-seasonal");

		page.getByTestId("choose-product").selectOption(ForecastPageFixture.INTERMITTENT);
		page.waitForURL(url -> url.contains("sku=" + ForecastPageFixture.INTERMITTENT));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("selection")).containsText(ForecastPageFixture.INTERMITTENT);
		assertChartWithBand();
		screenshot("2-intermittent");

		long sockets = ForecastPageFixture.groupId(jdbc, transactions, ForecastPageFixture.SOCKETS);
		page.getByTestId("choose-group").selectOption(String.valueOf(sockets));
		page.waitForURL(url -> url.contains("group=" + sockets) && !url.contains("sku="));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("selection")).containsText(ForecastPageFixture.SOCKETS);
		assertThat(page.getByTestId("forecast-empty")).hasCount(1); // A sells no sockets

		page.getByTestId("choose-distributor").selectOption(ForecastPageFixture.B);
		page.waitForURL(url -> url.contains("distributor=" + ForecastPageFixture.B));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("selection")).containsText(ForecastPageFixture.B);
		assertChartWithBand();
		assertThat(page.getByTestId("sell-in-table").locator("tbody tr")).not().hasCount(0);
		screenshot("3-group-of-b");
	}

	@Test
	void aDistributorOnAPhoneSeesItsForecastEntersANamedOrderAndUploadsOne() throws Exception {
		page.setViewportSize(390, 844);
		logIn("fcp77a.admin", "demo");
		open("/forecast?sku=" + ForecastPageFixture.SEASONAL);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("choose-distributor")).hasCount(0);
		assertThat(page.locator("body")).not().containsText(ForecastPageFixture.B);
		assertChartWithBand();
		assertNoSidewaysScroll();
		screens("1-phone-forecast");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Именные заказы")).first().click();
		page.waitForURL(url -> url.contains("/forecast/named-orders"));
		page.getByLabel("ИНН клиента").fill(ForecastPageFixture.A_CLIENT);
		page.getByLabel("Артикул").fill(ForecastPageFixture.SEASONAL);
		page.getByLabel("Количество").fill("12");
		page.locator("[data-testid=month-month] select[name='month.month']").selectOption("11");
		page.locator("[data-testid=month-month] select[name='month.year']").selectOption("2079");
		page.getByLabel("Проект").fill("Браузерный проект");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Добавить заказ")).click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator(".notice.ok")).containsText("Именной заказ добавлен");
		assertThat(page.getByTestId("named-order-list")).containsText("Браузерный проект");
		assertNoSidewaysScroll();
		screens("2-phone-named-order");

		Path file = Files.createTempFile("named-orders", ".xlsx");
		Files.write(file,
				TableFiles.xlsx("Заказы",
						List.of(List.of("Дистрибьютор", "ИНН клиента", "Артикул", "Количество", "Месяц", "Проект"),
								List.of(ForecastPageFixture.A, ForecastPageFixture.A_CLIENT,
										ForecastPageFixture.SEASONAL, "много", "2079-12", "Плохое количество"))));
		page.setInputFiles("#no-file", file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить")).click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("upload-problems").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("upload-problems").locator("[data-figure=row]")).hasText("2");
		assertThat(page.getByTestId("upload-problems").locator("[data-figure=column]")).hasText("D: много");
		assertNoSidewaysScroll();
		screens("3-phone-upload");

		open("/forecast/settings");
		assertThat(page.getByTestId("settings-read-only")).isVisible();
		assertNoSidewaysScroll();
		screens("4-phone-settings");
	}

	@Test
	void everyPageFitsBothScreensForBothKindsOfUser() {
		for (String login : List.of("admin", "fcp77a.admin")) {
			logIn(login, "demo");
			for (int width : new int[] { 1440, 390 }) {
				page.setViewportSize(width, 900);
				for (String path : List.of("/forecast",
						"/forecast?distributor=" + ForecastPageFixture.A + "&sku=" + ForecastPageFixture.SEASONAL,
						"/forecast/named-orders", "/forecast/settings")) {
					if (!login.equals("admin") && path.contains("distributor=")) {
						path = "/forecast?sku=" + ForecastPageFixture.SEASONAL;
					}
					open(path);
					page.waitForLoadState(LoadState.LOAD);
					if (width == 390) {
						assertNoSidewaysScroll();
					}
					screenshot(login.replace('.', '-') + "-" + width + "-"
							+ path.replaceAll("[^a-z]+", "-").replaceAll("-+$", ""));
				}
			}
			page.context().clearCookies();
		}
	}

	private void assertChartWithBand() {
		Locator chart = page.getByTestId("forecast-chart");
		assertThat(chart).hasAttribute("data-drawn", "true");
		assertThat(chart.locator("svg")).hasCount(1);
		Object band = page.evaluate("""
				() => {
				  const el = document.querySelector('[data-testid=forecast-chart]');
				  const option = echarts.getInstanceByDom(el).getOption();
				  const band = option.series.find(s => s.stack === 'band' && s.areaStyle);
				  return band ? band.data.filter(v => v != null).length : -1;
				}""");
		assertThat(((Number) band).intValue()).as("the band's months").isPositive();
		// the band is drawn: a filled area in the band's colour
		assertThat(chart.locator("svg path[fill-opacity='0.16'], svg path[fill='rgba(31,95,191,0.16)']").first())
			.isAttached();
		String axis = String.join(" ", chart.locator("svg text").allTextContents());
		assertThat(axis).contains("янв", "2079");
	}

	/** The page screen by screen: a phone's long page is too narrow to judge whole. */
	private void screens(String step) {
		int height = page.viewportSize().height;
		int total = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
		for (int y = 0, i = 1; y < total && i <= 8; y += height, i++) {
			page.evaluate("y => window.scrollTo(0, y)", y);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + step + "-screen" + i + ".png")));
		}
		page.evaluate("() => window.scrollTo(0, 0)");
	}

	private void assertNoSidewaysScroll() {
		Object wider = page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(((Number) wider).intValue()).as("the page's width at 390 px").isLessThanOrEqualTo(390);
	}

}
