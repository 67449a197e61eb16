package com.sellout.portal.calendar;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period board in Chromium at 1440 and 390 px: the manufacturer reaches it from the
 * navigation, filters by state through the form and sees the counts and coverage; a
 * distributor's user its own row; on a phone the page does not scroll sideways — the
 * table scrolls inside its card. Screenshots in target/screenshots.
 */
class BoardBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void distributors() {
		CalendarFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void theManufacturerFiltersTheBoardAndTheDistributorSeesItsRowAtBothWidths() {
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			logIn("analyst", "demo");
			page.waitForLoadState(LoadState.LOAD);
			open("/calendar/board");
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.locator("nav.sidebar a.active")).hasText("Календарь отчётов");
			assertThat(page.getByTestId("board")).isVisible();
			assertThat(page.getByTestId("coverage")).hasCount(1);
			screenshot("manufacturer-" + width);
			if (width == 390) {
				// the table scrolls inside its card, the distributor's name stays
				page.locator(".table-wrap").evaluate("e => e.scrollLeft = 500");
				assertThat(((Number) page.locator(".table-wrap").evaluate("e => e.scrollLeft")).intValue())
					.isPositive();
				screenshot("manufacturer-scrolled-390");
			}
			assertThat(scrollWidth()).as("the board's page width at " + width + " px").isLessThanOrEqualTo(width);

			page.locator("select[name=state]").selectOption("MISSING");
			page.locator("form[data-testid=board-filters]")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Показать"))
				.click();
			page.waitForURL(url -> url.contains("state=MISSING"));
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.locator("[data-testid=board] tbody tr[data-code]").first()).isVisible();
			screenshot("missing-" + width);
			page.context().clearCookies();

			logIn("cal20x.admin", CalendarFixture.PASSWORD);
			page.waitForLoadState(LoadState.LOAD);
			open("/calendar/board");
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.locator("[data-testid=board] tbody tr[data-code]")).hasCount(1);
			assertThat(page.locator("[data-testid=board] tbody tr[data-code=CAL20X]")).hasCount(1);
			assertThat(page.getByTestId("coverage")).hasCount(0);
			screenshot("distributor-" + width);
			assertThat(scrollWidth()).as("the distributor's board at " + width + " px").isLessThanOrEqualTo(width);
			page.context().clearCookies();
		}
	}

	private int scrollWidth() {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

}
