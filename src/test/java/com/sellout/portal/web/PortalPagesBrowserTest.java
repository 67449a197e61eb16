package com.sellout.portal.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.Accessibility;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The standing check of the portal as the manufacturer's administrator sees it (see
 * {@link MenuPagesCheck}) on a desktop (ManufacturerPhonePagesBrowserTest: on a phone),
 * the login page at both widths and the phone's menu.
 */
class PortalPagesBrowserTest extends MenuPagesCheck {

	@Test
	void theManufacturersAdministratorsPagesOnADesktop() {
		everyPageOf("admin", 1440);
	}

	@Test
	void theLoginPage() {
		SoftAssertions soft = new SoftAssertions();
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			open("/login");
			soft.assertThat(Accessibility.sidewaysOverflow(page))
				.as("/login at %d px scrolls sideways", width)
				.isLessThanOrEqualTo(0);
			screenshot("login-" + width);
		}
		soft.assertAll();
	}

	@Test
	void onAPhoneTheMenuOpensFromItsButtonAndTheKeyboardSeesWhereItIs() {
		logIn("alfa.manager", "demo");
		page.waitForURL(url -> !url.contains("/login"));
		page.setViewportSize(390, 844);
		open("/sellout/reports");
		Locator menu = page.locator("nav.sidebar");
		Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Меню"));
		assertThat(menu).not().isVisible();
		assertThat(button).hasAttribute("aria-expanded", "false");
		button.click();
		assertThat(button).hasAttribute("aria-expanded", "true");
		assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Отчёты"))).isVisible();
		screenshot("menu-open-390");
		page.keyboard().press("Escape");
		assertThat(menu).not().isVisible();

		page.setViewportSize(1440, 900);
		open("/sellout/reports");
		page.keyboard().press("Tab");
		Locator skip = page.locator(":focus");
		assertThat(skip).hasText("К содержанию");
		String outline = (String) skip.evaluate("e => getComputedStyle(e).outlineStyle");
		Assertions.assertThat(outline).as("a visible focus").isNotEqualTo("none");
	}

}
