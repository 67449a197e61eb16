package com.sellout.portal.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.StockFiles;
import com.sellout.portal.sellout.StockFiles.OwnDistributor;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A distributor's administrator finds «Остатки» beside «Отчёты», uploads a stock file
 * with its date (the date field shown for stock only), opens the stock report and its
 * exceptions. Stock of 2039, a distributor of its own.
 */
class StockBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts users;

	@Test
	void anAdministratorUploadsStockWithItsDateAndReadsTheStockReport() {
		OwnDistributor own = StockFiles.distributor(transactions, jdbc, users, "SB");
		logIn(own.admin(), OwnDistributor.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Остатки").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Отчёты об остатках")))
			.isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Загрузить остатки")).click();

		Locator kind = page.getByLabel("Вид отчёта");
		assertThat(kind).hasValue("STOCK");
		assertThat(page.getByLabel("Остатки на дату")).isVisible();
		assertThat(page.locator("[data-testid=month-period]")).isHidden();
		kind.selectOption(new SelectOption().setLabel("Определить по файлу"));
		assertThat(page.getByLabel("Остатки на дату")).isHidden();
		assertThat(page.locator("[data-testid=month-period]")).isVisible();
		kind.selectOption(new SelectOption().setLabel("Остатки"));
		page.getByLabel("Остатки на дату").fill("2039-09-30");
		screenshot("stock-1-upload");
		page.locator("#files")
			.setInputFiles(new FilePayload("остатки-сентябрь.csv", "text/csv", StockFiles.plainList(null)));
		Locator row = page.locator("#upload-rows tr.result");
		assertThat(row).hasCount(1);
		assertThat(row.getByTestId("kind")).hasText("Остатки");
		assertThat(row.getByTestId("period")).hasText("на 30.09.2039");
		assertThat(row).containsText("Принят с исключениями");
		screenshot("stock-2-uploaded");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Открыть")).click();
		assertThat(page.getByTestId("as-of")).hasText("30.09.2039");
		assertThat(page.getByTestId("accepted-lines")).hasText("3 / 4");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Остатки").setExact(true)))
			.hasClass(Pattern.compile("active"));
		screenshot("stock-3-report");
		page.locator("nav.tabs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Исключения")).click();
		assertThat(page.getByTestId("lines").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("lines")).containsText("NO-SUCH-");
		screenshot("stock-4-exceptions");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Отчёты об остатках")).click();
		assertThat(page.getByTestId("stock-reports").locator("tbody tr")).hasCount(1);
		assertThat(page.getByTestId("stock-reports")).containsText("30.09.2039");
		page.setViewportSize(390, 844);
		screenshot("stock-5-list-narrow");
	}

}
