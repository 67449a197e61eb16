package com.sellout.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import com.sellout.portal.support.BrowserTest;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manufacturer's administrator blocks a client: nothing destructive is preselected,
 * the block is confirmed on a page that names the client and asks the reason; unassigning
 * a distributor asks once, naming both, and dismissing it changes nothing.
 */
class GuardedActionsBrowserTest extends BrowserTest {

	@Test
	void blockingIsConfirmedWithAReasonAndUnassigningAsksOnce() {
		String inn = TestInns.organisation(2321);
		String name = "ООО «Охраняемый клиент»";
		String created = browser()
			.apiSend("POST", "/api/v1/clients",
					"""
							{"inn":"%s","name":"%s","segment":"INSTALLER","regionCode":"77","city":"Москва"}"""
						.formatted(inn, name),
					"alfa.manager", "demo")
			.body();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		long request = asSystem(() -> jdbc.sql("select id from client_requests where inn = ? order by id desc limit 1")
			.param(inn)
			.query(Long.class)
			.single());
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		analyst.postForm("/clients/requests/decide", Map.of("ids", Long.toString(request), "decision", "approve",
				"_csrf", PortalHttp.csrfOf(analyst.get("/clients/requests").body())));

		logIn("admin", "demo");
		open("/clients/" + id);
		assertThat(page.getByTestId("client-status")).hasText("Активен");
		assertThat(page.getByLabel("Новый статус")).hasValue("");
		page.getByLabel("Новый статус").selectOption(new SelectOption().setLabel("Заблокирован"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Заблокировать клиента «" + name + "»?");
		assertThat(page.getByTestId("status-consequence")).containsText("только производитель");
		screenshot("1-confirm-block");
		// the reason is required before the browser sends anything
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Да, заблокировать")).click();
		assertThat(page.getByLabel("Причина")).isVisible();
		page.getByLabel("Причина").fill("Санкции банка");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Да, заблокировать")).click();
		assertThat(page.getByTestId("client-status")).hasText("Заблокирован");
		assertThat(page.locator("body")).containsText("Санкции банка");
		// the page's script (deferred) asks before a destructive button: wait until it
		// runs
		page.waitForLoadState(LoadState.LOAD);

		List<String> asked = new ArrayList<>();
		page.onceDialog(dialog -> {
			asked.add(dialog.message());
			dialog.dismiss();
		});
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Открепить")).click();
		assertThat(page.getByTestId("client-status")).hasText("Заблокирован");
		assertThat(asked).containsExactly(
				"Открепить клиента «" + name + "» от ALFA? Дистрибьютор перестанет видеть клиента и его карточку.");
		assertThat(asSystem(() -> jdbc.sql("select count(*) from client_assignments where client_id = ?")
			.param(id)
			.query(Long.class)
			.single())).isEqualTo(1);
		screenshot("2-blocked");
	}

}
