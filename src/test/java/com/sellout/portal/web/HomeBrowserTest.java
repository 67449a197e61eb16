package com.sellout.portal.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.calendar.scorecards.ScorecardFixture;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both home pages in Chromium as their people use them, at 1440 and 390 px: the
 * distributor's cabinet says which month is missing and leads to the upload and to its
 * scorecard; the manufacturer's overview counts the month's reports by state and leads
 * from a count to the period board of that state. Screenshots in target/screenshots.
 */
class HomeBrowserTest extends BrowserTest {

	@Autowired
	private Submissions submissions;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ClientDirectory clients;

	@BeforeEach
	void fixture() {
		ScorecardFixture.ensure(jdbc, users, submissions, clients, this::asSystem);
	}

	@Test
	void theDistributorsCabinetSaysWhatIsMissingAndLeadsToTheUploadAndItsScorecard() {
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			logIn("schome.admin", ScorecardFixture.PASSWORD);
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByTestId("cabinet-distributor")).isVisible();
			Locator owed = page.getByTestId("owed-row");
			assertThat(owed.first()).isVisible();
			// two months back is missing whatever today is
			assertThat(page.getByTestId("owed")).containsText("Не сдан");
			assertThat(page.getByTestId("next-due")).isVisible();
			assertThat(page.locator("body")).not().containsText(ScorecardFixture.B);
			screenshot("cabinet-" + width);
			assertThat(scrollWidth()).as("the cabinet's width at " + width + " px").isLessThanOrEqualTo(width);

			page.getByTestId("owed")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Не сдан"))
				.first()
				.click();
			page.waitForURL(url -> url.endsWith("/sellout/upload"));
			open("/");
			page.getByTestId("scorecard-tile").getByRole(AriaRole.LINK).first().click();
			page.waitForURL(url -> url.endsWith("/calendar/scorecards/SCHOME"));
			assertThat(page.locator("body")).containsText(" из ");
			screenshot("scorecard-" + width);
			page.context().clearCookies();
		}
	}

	@Test
	void theManufacturersOverviewCountsTheMonthByStateAndLeadsToTheBoard() {
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			logIn("analyst", "demo");
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByTestId("state-counts")).isVisible();
			assertThat(page.getByTestId("owed-row").first()).isVisible();
			assertThat(page.getByTestId("quarantine-tile")).isVisible();
			screenshot("overview-" + width);
			assertThat(scrollWidth()).as("the overview's width at " + width + " px").isLessThanOrEqualTo(width);

			page.getByTestId("state-MISSING").click();
			page.waitForURL(url -> url.contains("/calendar/board") && url.contains("state=MISSING"));
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
			screenshot("board-from-overview-" + width);
			page.context().clearCookies();
		}
	}

	private int scrollWidth() {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

}
