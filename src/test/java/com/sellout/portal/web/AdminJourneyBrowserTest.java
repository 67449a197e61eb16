package com.sellout.portal.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first thing a new manufacturer does: log in, register a distributor, give it an
 * employee; then the employee logs in and finds their cabinet and profile.
 */
class AdminJourneyBrowserTest extends BrowserTest {

	@Test
	void adminCreatesADistributorAndAnEmployeeWhoThenLogsIn() {
		logIn("admin", "demo");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Обзор"))).isVisible();
		screenshot("1-overview");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Дистрибьюторы").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новый дистрибьютор")).click();
		page.getByLabel("Код").fill("OMEGA");
		page.getByLabel("Название").fill("ООО \"Омега Электрик\"");
		page.getByLabel("ИНН").fill("7736050004");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить")).click();
		assertThat(page.locator(".field.invalid")).containsText("Неверный ИНН");
		screenshot("2-invalid-inn");

		page.getByLabel("ИНН").fill("7736050003");
		page.getByLabel("Поиск региона").fill("Калуж");
		page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("40 Калужская область")).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ООО \"Омега Электрик\"")))
			.isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Дистрибьютор создан");
		screenshot("3-distributor-card");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новый сотрудник")).click();
		page.getByLabel("Логин").fill("omega.manager");
		page.getByLabel("ФИО").fill("Ольга Смирнова");
		page.getByLabel("E-mail").fill("olga@omega.example");
		page.getByLabel("Пароль").fill("Omega-2026!");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить")).click();
		assertThat(page.locator(".field.invalid:has(#password) .error")).hasText(
				"Пароль не должен строиться на вашем логине, имени, адресе почты, названии портала или самом слове «пароль»");
		page.getByLabel("Пароль").fill("зелёная лампа у окна");
		assertThat(page.getByLabel("Дистрибьютор")).hasValue(String.valueOf(distributorId("OMEGA")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сотрудник создан");
		assertThat(page.locator("dl.facts")).containsText("OMEGA");
		screenshot("4-employee-card");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Вы вышли");

		// the administrator's password is temporary: the first page asks for her own
		logIn("omega.manager", "зелёная лампа у окна");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Выберите свой пароль")))
			.isVisible();
		screenshot("5-own-password");
		page.getByLabel("Новый пароль", new Page.GetByLabelOptions().setExact(true)).fill("мой кот любит рыбу");
		page.getByLabel("Новый пароль ещё раз").fill("мой кот любит рыбу");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить и продолжить")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Пароль сохранён");
		assertThat(page.getByTestId("cabinet-distributor")).hasText("ООО \"Омега Электрик\"");
		screenshot("5-cabinet");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Профиль")).click();
		assertThat(page.getByTestId("profile-login")).hasText("omega.manager");
		assertThat(page.getByTestId("profile-role")).hasText("Менеджер дистрибьютора");
		assertThat(page.getByTestId("profile-distributor")).containsText("OMEGA");
		screenshot("6-profile");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Profile"))).isVisible();
		screenshot("7-profile-english");
	}

	@Test
	void listsSortFilterAndPage() {
		logIn("analyst", "demo");
		open("/distributors?size=2&sort=code");
		assertThat(page.locator("table.data tbody tr")).hasCount(2);
		assertThat(page.locator(".pager")).containsText("из");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Вперёд →")).click();
		assertThat(page.locator("table.data tbody tr").first()).not().containsText("ALFA");

		open("/distributors");
		// htmx must be listening before the user types (it loads with the page)
		page.waitForLoadState(LoadState.LOAD);
		page.getByPlaceholder("Поиск: код, название, ИНН, регион").fill("Гамма");
		assertThat(page.locator("table.data tbody tr")).hasCount(1);
		assertThat(page.locator("table.data tbody")).containsText("GAMMA");
		screenshot("search");

		open("/distributors");
		page.locator("th a", new Page.LocatorOptions().setHasText("Код")).click();
		page.locator("th a", new Page.LocatorOptions().setHasText("Код")).click();
		assertThat(page.locator("th a.sorted")).containsText("↓");
	}

}
