package com.sellout.portal.conversations;

import java.time.YearMonth;

import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other pages the conversations changed, in Chromium at 1440 and 390 px as their
 * users open them: «Вернуть дистрибьютору» (the manufacturer), the client card's
 * «Переписка», both home pages' unread tile; none wider than the phone. Screenshots in
 * target/screenshots. CNV21A's report of 2009-07.
 */
class ConversationCardsBrowserTest extends BrowserTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void distributors() {
		PagesFixture.ensure(jdbc, users, this::asSystem);
	}

	@Test
	void theReturnFormTheClientCardAndTheHomePagesFitBothWidths() {
		long report = asSystem(() -> PagesFixture.report(intake, distributorId("CNV21A"), YearMonth.of(2009, 7), 4));
		long client = asSystem(() -> jdbc.sql("select min(id) from clients").query(Long.class).single());
		logIn("admin", "demo");
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			open("/conversations/return/" + report);
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByLabel("Тема *")).hasValue("Исправьте отчёт за Июль 2009");
			assertThat(page.getByText("Можно несколько файлов до 20 МБ каждый: csv, jpeg, jpg")).isVisible();
			screenshot("return-" + width);
			assertFits(width);
			open("/clients/" + client);
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByTestId("about-threads")).isVisible();
			assertThat(page.getByTestId("about-threads").getByTestId("ask")).isVisible();
			screenshot("client-card-" + width);
			assertFits(width);
			open("/");
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByTestId("conversations-tile")).isVisible();
			screenshot("home-manufacturer-" + width);
			assertFits(width);
		}
		page.context().clearCookies();
		logIn("cnv21a.admin", PagesFixture.PASSWORD);
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			open("/");
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByTestId("conversations-tile")).isVisible();
			screenshot("home-distributor-" + width);
			assertFits(width);
			open("/sellout/reports/" + report);
			page.waitForLoadState(LoadState.LOAD);
			assertThat(page.getByTestId("about-threads")).isVisible();
			assertThat(page.getByTestId("request-correction")).hasCount(0);
			screenshot("report-distributor-" + width);
			assertFits(width);
		}
	}

	private void assertFits(int width) {
		assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as("the page's width at " + width + " px")
			.isLessThanOrEqualTo(width);
	}

}
