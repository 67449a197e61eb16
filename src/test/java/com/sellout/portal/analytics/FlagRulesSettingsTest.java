package com.sellout.portal.analytics;

import java.net.http.HttpResponse;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flag rules' settings page, submitted as it renders (the form scraped, then filled):
 * the manufacturer's administrator changes the rules, which the dynamics page then tells;
 * values out of range are refused with their messages and change nothing; the analyst
 * sees them and cannot change them; a distributor is refused.
 */
class FlagRulesSettingsTest extends PortalTest {

	private static final String PAGE = "/analytics/settings";

	private static final String FORM = "[data-testid=flag-rules]";

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Test
	void theAdministratorChangesTheRulesThroughTheFormAsItRenders() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm form = PageForm.on(admin, PAGE, FORM);
		assertThat(form.value("stagnationMonths")).isEqualTo("3");
		assertThat(form.value("stagnationDropPct")).isEqualTo("10");
		assertThat(form.value("hypeRatio")).isEqualTo("1.2");
		try {
			HttpResponse<String> saved = form.fill("stagnationDropPct", "12.5").fill("hypeRatio", "1.35").submit();
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
			assertThat(admin.get(PAGE).body()).contains("Правила флагов сохранены");
			assertThat(asSystem(() -> jdbc.sql("""
					select details from audit_events where action = 'ANALYTICS_SETTINGS_CHANGED' and actor = 'admin'
					 order by id desc limit 1""").query(String.class).single())).as("the change is audited")
				.contains("12.5")
				.contains("1.35");
			PageForm again = PageForm.on(admin, PAGE, FORM);
			assertThat(again.value("stagnationDropPct")).isEqualTo("12.5");
			assertThat(again.value("hypeRatio")).isEqualTo("1.35");
			String rules = Jsoup.parse(admin.get("/analytics/dynamics?from=2065-01&to=2065-03").body())
				.selectFirst("[data-testid=flag-rules-text]")
				.text();
			assertThat(rules).contains("12,5 %").contains("1,35 × sell-in");

			HttpResponse<String> refused = PageForm.on(admin, PAGE, FORM)
				.fill("stagnationDropPct", "0")
				.fill("hypeRatio", "1")
				.fill("hypeMonths", "13")
				.submit();
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("Больше 0 и не больше 100\u00a0%")
				.contains("Больше 1 и не больше 100")
				.contains("От 1 до 12 месяцев");
			assertThat(PageForm.on(admin, PAGE, FORM).value("stagnationDropPct")).isEqualTo("12.5");
		}
		finally {
			HttpResponse<String> restored = PageForm.on(admin, PAGE, FORM)
				.fill("stagnationDropPct", "10")
				.fill("hypeRatio", "1.2")
				.submit();
			assertThat(restored.statusCode()).isEqualTo(302);
		}
	}

	@Test
	void theAnalystSeesTheRulesAndCannotChangeThem() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> page = analyst.get(PAGE);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select(FORM + " button[type=submit]")).isEmpty();
		PageForm form = PageForm.on(browser().loggedInAs("admin", "demo"), PAGE, FORM);
		assertThat(form.fill("stagnationDropPct", "50").submitFrom(analyst, PAGE).statusCode()).isEqualTo(403);
		assertThat(PageForm.on(analyst, PAGE, FORM).value("stagnationDropPct")).isEqualTo("10");
	}

	@Test
	void aDistributorIsRefused() {
		asSystem(() -> InsightsFixture.distributor(distributors, users, "INSA", 9_170_001));
		PortalHttp distributor = browser().loggedInAs("insa.admin", "demo");
		assertThat(distributor.get(PAGE).statusCode()).isEqualTo(403);
		PageForm form = PageForm.on(browser().loggedInAs("admin", "demo"), PAGE, FORM);
		assertThat(form.fill("stagnationDropPct", "50").submitFrom(distributor, "/analytics/white-spots").statusCode())
			.isEqualTo(403);
		assertThat(PageForm.on(browser().loggedInAs("admin", "demo"), PAGE, FORM).value("stagnationDropPct"))
			.isEqualTo("10");
	}

}
