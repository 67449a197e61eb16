package com.sellout.portal.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.analytics.InsightsFixture.Sale;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.BrowserTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every insight page in a real browser, on a desktop (1440 px) and a phone (390 px): it
 * renders its tables and charts with the figures sent (2064), needs no sideways scrolling
 * on the phone, and its flags tell their rule on hover; screenshots of each are kept for
 * people to look at.
 */
class InsightPagesBrowserTest extends BrowserTest {

	private static final String RANGE = "from=2064-04&to=2064-06";

	private static final List<String> PAGES = List.of("white-spots", "clients", "dynamics", "deviations");

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	private static boolean sent;

	@BeforeEach
	void sales() {
		if (sent) {
			return;
		}
		InsightsFixture fixture = new InsightsFixture(this::browser, jdbc, transactions);
		asSystem(() -> InsightsFixture.distributor(distributors, users, "INSA", 9_170_001));
		asSystem(() -> InsightsFixture.distributor(distributors, users, "INSB", 9_170_002));
		List<String> skus = asSystem(() -> jdbc.sql("""
				select distinct on (g.name) p.sku from catalog_products p join catalog_groups g on g.id = p.group_id
				 where p.active order by g.name, p.sku""").query(String.class).list());
		String[] regions = { "77", "66", "54", "16", "23" };
		for (int month = 1; month <= 6; month++) {
			for (String code : List.of("INSA", "INSB")) {
				List<Sale> sales = new ArrayList<>();
				for (int i = 0; i < 24; i++) {
					String sku = skus.get((i + month) % skus.size());
					String inn = TestInns.organisation(9_170_400 + (i * month) % 17 + (code.equals("INSA") ? 0 : 5));
					// the last group sells less and less; a few lines below any floor
					int quantity = sku.equals(skus.get(skus.size() - 1)) ? Math.max(1, 12 - 2 * month) : 3 + i % 5;
					String price = i % 11 == 0 ? "1.00" : String.valueOf(900 + 10 * i);
					String region = regions[(i + code.length()) % (code.equals("INSA") ? 5 : 3)];
					// the first group never sells in Krasnodar: a white spot for all
					region = region.equals("23") && sku.equals(skus.get(0)) ? "77" : region;
					sales.add(new Sale("2064-0" + month + "-1" + (i % 9), inn, "ООО «Клиент <b>" + i + "</b>»", region,
							"RETAIL", sku, quantity, new BigDecimal(price)));
				}
				fixture.sellOut(code, "2064-0" + month, sales);
			}
		}
		sent = true;
	}

	@Test
	void theManufacturerSeesEveryPageOnADesktopAndAPhone() {
		logIn("admin", "demo");
		for (String name : PAGES) {
			for (int width : new int[] { 1440, 390 }) {
				page.setViewportSize(width, width > 500 ? 900 : 844);
				open("/analytics/" + name + "?" + RANGE);
				page.waitForLoadState(LoadState.NETWORKIDLE);
				assertThat(page.locator("h1")).isVisible();
				assertThat(noSidewaysScroll()).as(name + " at " + width + " px").isTrue();
				screenshot(name + "-" + width);
			}
		}
		open("/analytics/dynamics?" + RANGE);
		assertThat(page.locator("[data-flag]").first()).hasAttribute("title", Pattern.compile(".*порог 10\u00a0%.*"));
		// partner-supplied names are text, never markup
		open("/analytics/clients?" + RANGE);
		assertThat(page.locator("[data-testid=top-clients] b")).hasCount(0);
		assertThat(page.locator("[data-testid=top-clients]")).containsText("<b>");
	}

	@Test
	void aDistributorSeesItsOwnPagesAndTheHomeCard() {
		logIn("insb.admin", "demo");
		for (String name : PAGES) {
			page.setViewportSize(390, 844);
			open("/analytics/" + name + "?" + RANGE);
			page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(page.locator("select[name=distributor]")).hasCount(0);
			assertThat(page.locator("body")).not().containsText("INSA");
			assertThat(noSidewaysScroll()).as(name).isTrue();
			screenshot("distributor-" + name + "-390");
		}
		page.setViewportSize(1440, 900);
		open("/");
		assertThat(page.getByTestId("sales-card")).isVisible();
		screenshot("distributor-home-1440");
		page.setViewportSize(390, 844);
		open("/");
		assertThat(page.getByTestId("sales-card")).isVisible();
		assertThat(noSidewaysScroll()).as("home").isTrue();
		screenshot("distributor-home-390");
	}

	private boolean noSidewaysScroll() {
		return (Boolean) page
			.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
	}

}
