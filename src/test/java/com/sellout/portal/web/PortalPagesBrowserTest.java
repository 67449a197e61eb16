package com.sellout.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.support.Accessibility;
import com.sellout.portal.support.BrowserTest;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The standing check of the portal as its people see it: every page of the main menu of
 * the manufacturer's administrator and of a distributor's manager, and the cards their
 * lists lead to, at 1440 × 900 and 390 × 844 — each opens, nothing scrolls sideways, and
 * axe-core finds no serious or critical violation (BrowserTest fails on those). The menu
 * is read from the page itself, so the pages later issues add to it are checked too.
 * Screenshots in target/screenshots.
 */
class PortalPagesBrowserTest extends BrowserTest {

	/**
	 * Cards reached from the lists: the list, and the path its rows' links start with.
	 */
	private static final Map<String, String> CARDS = Map.of("/distributors", "/distributors/", "/clients", "/clients/",
			"/sellout/reports", "/sellout/reports/", "/catalog", "/catalog/products/", "/conversations",
			"/conversations/", "/admin/users", "/admin/users/", "/projects", "/projects/");

	@Test
	void theManufacturersAdministratorsPages() {
		everyPageOf("admin");
	}

	@Test
	void aDistributorsManagersPages() {
		everyPageOf("alfa.manager");
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

	private void everyPageOf(String login) {
		logIn(login, "demo");
		page.waitForURL(url -> !url.contains("/login"));
		Set<String> paths = new LinkedHashSet<>(menuOf());
		paths.addAll(cards(paths));
		SoftAssertions soft = new SoftAssertions();
		for (int width : new int[] { 1440, 390 }) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			for (String path : paths) {
				Response response = page.navigate(baseUrl() + path);
				soft.assertThat(response.status()).as("%s answers", path).isLessThan(400);
				accessibility.check(page);
				soft.assertThat(Accessibility.sidewaysOverflow(page))
					.as("%s at %d px scrolls sideways", path, width)
					.isLessThanOrEqualTo(0);
				screenshot(login + "-" + width + path.replaceAll("[^a-z0-9]+", "-"));
			}
		}
		soft.assertAll();
	}

	private List<String> menuOf() {
		open("/");
		List<String> paths = new ArrayList<>();
		for (Object href : (List<?>) page
			.evaluate("() => [...document.querySelectorAll('nav.sidebar a[href]')].map(a => a.getAttribute('href'))")) {
			String path = String.valueOf(href);
			if (path.startsWith("/") && !path.startsWith("/swagger")) {
				paths.add(path);
			}
		}
		return paths;
	}

	private List<String> cards(Set<String> menu) {
		List<String> cards = new ArrayList<>();
		for (Map.Entry<String, String> list : CARDS.entrySet()) {
			if (menu.stream().noneMatch(path -> path.equals(list.getKey()) || path.startsWith(list.getKey() + "?"))) {
				continue;
			}
			open(list.getKey());
			Object href = page.evaluate("prefix => [...document.querySelectorAll('main table a[href]')]"
					+ ".map(a => a.getAttribute('href')).find(h => h.startsWith(prefix) && /^[a-z/-]+\\/\\d+$/.test(h))",
					list.getValue());
			if (href != null) {
				cards.add(String.valueOf(href));
			}
		}
		return cards;
	}

}
