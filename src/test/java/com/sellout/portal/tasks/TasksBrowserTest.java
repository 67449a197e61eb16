package com.sellout.portal.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.Accessibility;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 px): a distributor's manager makes a task on its form (nothing scrolls
 * sideways), finds it on the home page's card, and reaches it from the month's calendar
 * with the keyboard alone.
 */
class TasksBrowserTest extends BrowserTest {

	@Test
	void onAPhoneATaskIsMadeAndReachedFromTheCalendarByKeyboard() {
		logIn("alfa.manager", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		page.setViewportSize(390, 844);
		LocalDate due = LocalDate.now(Tasks.ZONE).plusDays(9);
		String title = "Телефон: согласовать отгрузку " + System.nanoTime() % 100_000;

		open("/tasks/new?lang=ru");
		assertThat(Accessibility.sidewaysOverflow(page)).as("the form at 390 px").isLessThanOrEqualTo(0);
		page.getByLabel("Задача *").fill(title);
		page.locator("#task-due").fill(due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Создать задачу")).click();
		page.waitForURL(url -> url.matches(".*/tasks/\\d+$"));
		assertThat(page.getByTestId("task-title")).hasText(title);
		screenshot("task");

		open("/");
		assertThat(page.getByTestId("my-tasks-card")).containsText(title);

		open("/tasks/calendar?month=" + due.toString().substring(0, 7));
		assertThat(Accessibility.sidewaysOverflow(page)).as("the calendar at 390 px").isLessThanOrEqualTo(0);
		Locator focused = page.locator(":focus");
		boolean found = false;
		for (int i = 0; i < 120 && !found; i++) {
			page.keyboard().press("Tab");
			found = focused.count() == 1 && title.equals(focused.textContent());
		}
		assertThat(found).as("the task's link is reached with Tab").isTrue();
		screenshot("calendar-focus");
		page.keyboard().press("Enter");
		page.waitForURL(url -> url.matches(".*/tasks/\\d+$"));
		assertThat(page.getByTestId("task-title")).hasText(title);
	}

}
