package com.sellout.portal.identity;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.Accessibility;
import com.sellout.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 22's pages as their people open them, at 1440 and 390 px (screenshots in
 * target/screenshots): the profile with its second factor, tokens and sessions, the
 * set-up page, the confirmation page, the user card and the administrator's access pages.
 */
class IdentityPagesBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts users;

	@Test
	void theManufacturersAdministratorsPages() {
		logIn("admin", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		long manager = userId("alfa.manager");
		look(List.of("/profile", "/profile/second-factor", "/reauth?continue=/clients", "/admin/users/" + manager,
				"/admin/audit", "/admin/audit/failed-logins", "/admin/audit/exports"));
	}

	@Test
	void aDistributorsManagersPages() {
		logIn("alfa.manager", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		look(List.of("/profile", "/profile/second-factor"));
		open("/admin/audit/failed-logins");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not()
			.containsText("Неудачные");
	}

	/**
	 * A person with a temporary password: its page first, at both widths, in both
	 * languages.
	 */
	@Test
	void thePageThatAsksForOnesOwnPassword() {
		asSystem(() -> users.register("pages.temporary", "temporary-pass-1", "Временный Пароль", null,
				Role.DISTRIBUTOR_MANAGER, distributorId("GAMMA")));
		asSystem(() -> jdbc.sql(
				"update users set password_temporary_until = now() + interval '7 days' where login = 'pages.temporary'")
			.update());
		logIn("pages.temporary", "temporary-pass-1");
		page.waitForURL(url -> url.endsWith("/profile/own-password"));
		look(List.of("/profile/own-password", "/profile/own-password?lang=en"));
		page.setViewportSize(390, 844);
		open("/profile/own-password?lang=ru");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Выберите свой пароль")))
			.isVisible();
		assertThat(page.locator("main")).isVisible();
		if (Accessibility.sidewaysOverflow(page) > 0) {
			throw new AssertionError("the page scrolls sideways at 390 px");
		}
		page.setViewportSize(1440, 900);
	}

	private void look(List<String> paths) {
		for (String path : paths) {
			open(path);
			assertThat(page.locator("h1").first()).isVisible();
			assertThat(page.locator(".notice.bad[role=alert]")).hasCount(0);
			String name = path.replaceAll("[^a-z0-9]+", "-");
			page.setViewportSize(1440, 900);
			screenshot(name + "-1440");
			page.setViewportSize(390, 844);
			screenshot(name + "-390");
			page.setViewportSize(1440, 900);
		}
	}

}
