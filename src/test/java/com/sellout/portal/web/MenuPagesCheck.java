package com.sellout.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Response;
import com.sellout.portal.support.Accessibility;
import com.sellout.portal.support.BrowserTest;
import org.assertj.core.api.SoftAssertions;

/**
 * The standing check of the portal as its people see it: every page of the main menu of
 * the manufacturer's administrator and of a distributor's manager, and the cards their
 * lists lead to, at 1440 × 900 and 390 × 844 — each opens, nothing scrolls sideways, and
 * axe-core finds no serious or critical violation (BrowserTest fails on those). The menu
 * is read from the page itself, so the pages later issues add to it are checked too.
 * Screenshots in target/screenshots. One class per role, so that the two run side by side
 * in the build's two test JVMs.
 */
abstract class MenuPagesCheck extends BrowserTest {

	/**
	 * Cards reached from the lists: the list, and the path its rows' links start with.
	 */
	private static final Map<String, String> CARDS = Map.ofEntries(Map.entry("/distributors", "/distributors/"),
			Map.entry("/clients", "/clients/"), Map.entry("/sellout/reports", "/sellout/reports/"),
			Map.entry("/catalog", "/catalog/products/"), Map.entry("/conversations", "/conversations/"),
			Map.entry("/admin/users", "/admin/users/"), Map.entry("/tasks", "/tasks/"),
			Map.entry("/interactions", "/interactions/"), Map.entry("/quotes", "/quotes/"),
			Map.entry("/projects", "/projects/"));

	/**
	 * Pages no menu links to that a person opens from a page: the form of a new quote.
	 */
	private static final Map<String, List<String>> FORMS = Map.of("alfa.manager", List.of("/quotes/new"));

	/**
	 * Every page of the login's menu and the cards its lists lead to, at these widths.
	 */
	protected void everyPageOf(String login, int... widths) {
		logIn(login, "demo");
		page.waitForURL(url -> !url.contains("/login"));
		Set<String> paths = new LinkedHashSet<>(menuOf());
		paths.addAll(cards(paths));
		paths.addAll(FORMS.getOrDefault(login, List.of()));
		SoftAssertions soft = new SoftAssertions();
		for (int width : widths) {
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
