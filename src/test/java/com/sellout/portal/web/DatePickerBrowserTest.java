package com.sellout.portal.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The date field's calendar driven by the keyboard alone, in Russian whatever the
 * browser's language: Tab to the button, Enter opens it on the date typed, the arrows and
 * Page Down move, Enter chooses, Escape closes; the filter then applies the date chosen.
 * The month selects of a list filter bind as one month.
 */
class DatePickerBrowserTest extends BrowserTest {

	@Test
	void theCalendarIsDrivenByTheKeyboard() {
		logIn("admin", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/admin/audit");
		Locator from = page.locator("#audit-from");
		from.fill("03.12.2026");
		from.focus();
		page.keyboard().press("Tab");
		Locator button = page.locator("[data-testid=date-from] [data-date-picker]");
		assertThat(button).isFocused();
		assertThat(button).hasAttribute("aria-label", "Открыть календарь");
		page.keyboard().press("Enter");
		Locator calendar = page.locator("[data-testid=date-from] .calendar");
		assertThat(calendar).isVisible();
		assertThat(calendar.locator(".calendar-title")).hasText("Декабрь 2026");
		assertThat(calendar.locator("th").first()).hasText("Пн");
		assertThat(page.locator(".calendar-day:focus")).hasAttribute("data-date", "03.12.2026");
		screenshot("date-picker-open");

		page.keyboard().press("ArrowRight");
		page.keyboard().press("ArrowDown");
		assertThat(page.locator(".calendar-day:focus")).hasAttribute("data-date", "11.12.2026");
		page.keyboard().press("PageDown");
		assertThat(calendar.locator(".calendar-title")).hasText("Январь 2027");
		assertThat(page.locator(".calendar-day:focus")).hasAttribute("data-date", "11.01.2027");
		page.keyboard().press("ArrowLeft");
		page.keyboard().press("Enter");
		assertThat(calendar).hasCount(0);
		assertThat(from).hasValue("10.01.2027");
		assertThat(from).isFocused();

		page.locator("[data-testid=date-to] [data-date-picker]").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("[data-testid=date-to] .calendar")).isVisible();
		page.keyboard().press("Escape");
		assertThat(page.locator(".calendar")).hasCount(0);
		assertThat(page.locator("[data-testid=date-to] [data-date-picker]")).isFocused();
		assertThat(page.locator("#audit-to")).hasValue("");

		page.locator("form[role=search] button[type=submit]").click();
		page.waitForURL(url -> url.contains("from="));
		assertThat(page.locator("#audit-from")).hasValue("10.01.2027");
		assertThat(page.locator("[data-testid=empty]")).containsText("Сбросить фильтры");
	}

	@Test
	void aMonthIsChosenWithTwoSelectsAndTheListKeepsIt() {
		logIn("analyst", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		open("/sellout/reports");
		page.locator("[data-testid=month-period] select").first().selectOption("05");
		assertThat(page).not().hasURL(Pattern.compile("period"));
		page.locator("[data-testid=month-period] select").nth(1).selectOption("2017");
		page.waitForURL(url -> url.contains("period.year=2017"));
		assertThat(page.locator("[data-testid=month-period] select").first()).hasValue("05");
		assertThat(page.locator("[data-testid=month-period] select").nth(1)).hasValue("2017");
		assertThat(page.locator("[data-testid=month-period] select").first().locator("option[value='05']"))
			.hasText("Май");
		screenshot("month-selects");
	}

}
