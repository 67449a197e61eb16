package com.sellout.portal.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.BrowserTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A distributor's manager registers a client, the manufacturer approves it, the manager
 * sees it active; a second distributor registering the same ИНН is told it is under
 * review, and no duplicate appears.
 */
class ClientBrowserTest extends BrowserTest {

	@Test
	void registrationReviewAndASecondDistributorAskingForTheSameClient() {
		String inn = TestInns.organisation(3001);

		logIn("alfa.manager", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Клиенты").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Регистрация клиента")).click();
		page.getByLabel("ИНН").fill("7707083894");
		page.getByLabel("Наименование").fill("ООО \"Светлый дом\"");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрировать")).click();
		assertThat(page.locator(".field.invalid").first()).containsText("Неверный ИНН");
		screenshot("1-invalid");

		page.getByLabel("ИНН").fill(inn);
		page.getByLabel("Сегмент").selectOption("INSTALLER");
		page.getByLabel("Регион").selectOption("66");
		page.getByLabel("Город").fill("Екатеринбург");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрировать")).click();
		assertThat(page.getByTestId("client-status")).hasText("На рассмотрении");
		screenshot("2-registered");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();

		logIn("analyst", "demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Заявки").setExact(true)).click();
		page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(inn)).check();
		page.getByLabel("Комментарий к решению").fill("Реквизиты проверены");
		screenshot("3-queue");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Одобрить отмеченные")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Решение принято");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();

		logIn("alfa.manager", "demo");
		open("/clients?q=" + inn);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ООО \"Светлый дом\"")).click();
		assertThat(page.getByTestId("client-status")).hasText("Активен");
		assertThat(page.locator("body")).containsText("Реквизиты проверены");
		screenshot("4-active");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти")).click();

		logIn("beta.manager", "demo");
		open("/clients/new");
		page.getByLabel("ИНН").fill(inn);
		page.getByLabel("Наименование").fill("Светлый дом");
		page.getByLabel("Сегмент").selectOption("DEALER");
		page.getByLabel("Регион").selectOption("66");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарегистрировать")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("находится на рассмотрении");
		assertThat(page.locator("table.data")).containsText(inn);
		assertThat(page.locator("table.data")).not().containsText("ООО \"Светлый дом\"");
		screenshot("5-under-review");

		long clients = asSystem(
				() -> jdbc.sql("select count(*) from clients where inn = ?").param(inn).query(Long.class).single());
		assertThat(clients).isEqualTo(1);
		open("/clients?q=" + inn);
		assertThat(page.locator(".pager")).containsText("из 0");
	}

}
