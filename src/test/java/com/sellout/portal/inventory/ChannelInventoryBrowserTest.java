package com.sellout.portal.inventory;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The inventory page in a real browser: the filters apply as they change, the search
 * refreshes the results as one types (htmx), a band's count selects its rows — on a
 * desktop and on a phone; a distributor is offered no distributor to choose.
 */
class ChannelInventoryBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void rows() {
		InventoryRowsFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void theManufacturerChoosesADistributorAndAMonthSearchesAndPicksABand() {
		logIn("analyst", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Товарный запас в канале")).click();
		page.waitForLoadState(LoadState.LOAD);
		page.getByLabel("Дистрибьютор").selectOption(InventoryRowsFixture.A);
		page.waitForURL(url -> url.contains("distributor=" + distributorId(InventoryRowsFixture.A)));
		page.waitForLoadState(LoadState.LOAD);
		// the month's two selects: each change with both chosen applies the filter
		if (!page.getByLabel("Месяц: год").inputValue().equals("2044")) {
			page.getByLabel("Месяц: год").selectOption("2044");
			page.waitForURL(url -> url.contains("period.year=2044"));
			page.waitForLoadState(LoadState.LOAD);
		}
		if (!page.getByLabel("Месяц: месяц").inputValue().equals("03")) {
			page.getByLabel("Месяц: месяц").selectOption("03");
			page.waitForURL(url -> url.contains("period.month=03"));
			page.waitForLoadState(LoadState.LOAD);
		}
		assertThat(page.getByTestId("total-rows")).hasText("3");
		assertThat(page.locator("table[data-testid=inventory] tbody tr")).hasCount(3);
		screenshot("1-month");

		page.getByLabel("Артикул или наименование").fill("лампа");
		assertThat(page.locator("table[data-testid=inventory] tbody tr")).hasCount(1);
		assertThat(page.locator("tr[data-sku=I44-2]")).containsText("Лампа вложенная");
		assertThat(page.getByTestId("total-rows")).hasText("1");
		page.getByLabel("Артикул или наименование").fill("");
		assertThat(page.locator("table[data-testid=inventory] tbody tr")).hasCount(3);

		page.getByTestId("band-counts").getByText("Нет в наличии: 1").click();
		assertThat(page.locator("table[data-testid=inventory] tbody tr")).hasCount(1);
		assertThat(page.locator("tr[data-sku=I44-3] [data-figure=band]")).hasText("Нет в наличии");
		page.setViewportSize(390, 844);
		screenshot("2-band-phone");
	}

	@Test
	void aDistributorOnAPhoneSeesItsOwnAndNoDistributorChoice() {
		page.setViewportSize(390, 844);
		logIn("inv44a.admin", InventoryRowsFixture.PASSWORD);
		open("/inventory?period=2044-03");
		assertThat(page.locator("form[data-testid=inventory-filters] select[name=distributor]")).hasCount(0);
		assertThat(page.locator("table[data-testid=inventory] tbody tr")).hasCount(3);
		assertThat(page.getByTestId("stalest")).containsText("I44-1");
		assertThat(page.locator("body")).not().containsText("INV44B");
		screenshot("1-phone");
	}

}
