package com.sellout.portal.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A distributor's administrator issues a token for its 1C and switches it to incremental
 * deliveries.
 */
class IntegrationAccountBrowserTest extends BrowserTest {

	@Test
	void theDistributorsAdministratorIssuesAndRevokesATokenFor1c() {
		logIn("gamma.admin", "demo");
		open("/admin/users/" + userId("gamma.1c"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API-токены"))).isVisible();
		page.getByLabel("Название").fill("1С:УТ 11, главный офис");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выпустить токен")).click();
		assertThat(page.getByTestId("new-token")).containsText("sop_");
		assertThat(page.locator("table")).containsText("1С:УТ 11, главный офис");
		screenshot("integration-1-token-issued");

		page.onDialog(dialog -> dialog.accept());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отозвать")).first().click();
		assertThat(page.locator("table")).containsText("отозван");
		page.locator("select[name=mode]").selectOption("INCREMENTAL");
		page.getByTestId("delivery-mode")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить"))
			.click();
		assertThat(page.locator("select[name=mode]")).hasValue("INCREMENTAL");
		screenshot("integration-2-revoked-incremental");
		page.locator("select[name=mode]").selectOption("SNAPSHOT");
		page.getByTestId("delivery-mode")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить"))
			.click();
		assertThat(page.locator("select[name=mode]")).hasValue("SNAPSHOT");
	}

}
