package com.sellout.portal.calendar;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.calendar.internal.ReportingTerms;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting calendar's own pages in Chromium: the manufacturer's administrator
 * changes the grace on «Сроки отчётности» and reads the production calendar of 2026 (1440
 * px); a distributor declares «продаж не было» from the navigation on a phone (390 px).
 * Screenshots in target/screenshots.
 */
class CalendarPagesBrowserTest extends BrowserTest {

	private static final String PASSWORD = "cal-phone-20";

	@Autowired
	private UserAccounts users;

	@Autowired
	private ReportingTerms terms;

	@BeforeEach
	void distributor() {
		asSystem(() -> {
			if (jdbc.sql("select count(*) from distributors where code = 'CAL20P'").query(Long.class).single() == 0) {
				long id = jdbc.sql("""
						insert into distributors (code, name, inn, contract_start)
						values ('CAL20P', 'ООО "Телефон"', '7707083893', date '2026-09-01') returning id""")
					.query(Long.class)
					.single();
				users.register("cal20p.admin", PASSWORD, "Админ Телефона", null, Role.DISTRIBUTOR_ADMIN, id);
			}
			return null;
		});
	}

	@Test
	void theAdministratorChangesTheGraceAndReadsTheProductionCalendar() {
		var before = terms.defaults();
		page.setViewportSize(1440, 900);
		logIn("admin", "demo");
		try {
			page.locator("nav.sidebar")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Сроки отчётности"))
				.click();
			page.waitForLoadState(LoadState.LOAD);
			Locator defaults = page.getByTestId("calendar-defaults");
			defaults.getByLabel("Отсрочка, рабочих дней").fill("4");
			defaults.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Сроки отчётности сохранены");
			assertThat(page.getByTestId("calendar-defaults").getByLabel("Отсрочка, рабочих дней")).hasValue("4");
			assertThat(terms.defaults().graceWorkingDays()).isEqualTo(4);
			screenshot("1-settings");

			open("/calendar/working-days/2026");
			assertThat(page.getByTestId("calendar-source")).containsText("1466");
			assertThat(page.getByTestId("calendar-months")).containsText("Январь");
			screenshot("2-working-days");
		}
		finally {
			asUser("admin", () -> {
				terms.saveDefaults(before);
				return null;
			});
		}
	}

	@Test
	void aDistributorDeclaresNoSalesOnAPhone() {
		page.setViewportSize(390, 844);
		logIn("cal20p.admin", PASSWORD);
		open("/calendar/no-sales");
		page.waitForLoadState(LoadState.LOAD);
		Locator form = page.getByTestId("no-sales");
		String month = form.locator("select[name=period] option:checked").textContent().strip();
		assertThat(month).matches("[А-Я][а-я]+ \\d{4}");
		YearMonth running = YearMonth.now(ZoneId.of("Europe/Moscow"));
		String runningName = running.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("ru"));
		assertThat(form.locator("select[name=period] option").allTextContents())
			.as("a month still running is not offered")
			.doesNotContain(
					Character.toUpperCase(runningName.charAt(0)) + runningName.substring(1) + " " + running.getYear())
			.contains("Сентябрь 2026");
		screenshot("1-no-sales");
		assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as("the page's width at 390 px")
			.isLessThanOrEqualTo(390);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Продаж не было")).click();
		page.waitForLoadState(LoadState.LOAD);
		// CAL20P has sent nothing: no report with lines to confirm the replacement of
		assertThat(page.getByTestId("no-sales-done")).containsText(month);
		screenshot("3-declared");
	}

}
