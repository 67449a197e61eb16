package com.sellout.portal.forecasting.web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.PlanningSetting;
import com.sellout.portal.forecasting.PlanningSettings;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Параметры планирования» over real HTTP: the manufacturer sets a distributor's lead
 * time and cover for one product group through the form the page renders, sees it next to
 * the distributor's transit time and removes it again; a distributor's user sees its own
 * terms only, read-only, and a change it posts anyway is not made.
 */
class PlanningSettingsPagesTest extends PortalTest {

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private PlanningSettings settings;

	@BeforeEach
	void sales() {
		ForecastPageFixture.ensure(jdbc, transactions, distributors, users, this::browser);
	}

	@Test
	void theManufacturerSetsAGroupsTermsAndRemovesThem() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		long a = distributorId(ForecastPageFixture.A);
		long lights = ForecastPageFixture.groupId(jdbc, transactions, ForecastPageFixture.LIGHTS);
		HttpResponse<String> saved = PageForm.on(admin, "/forecast/settings", "form[data-testid=settings-form]")
			.choose("distributor", ForecastPageFixture.A + " · в пути 0 дн.")
			.choose("group", "Светильники")
			.fill("leadTime", "2")
			.fill("cover", "6,5")
			.submit();
		assertThat(saved.statusCode()).isEqualTo(302);
		PlanningSetting stored = asUser("admin", () -> settings.effective(a, lights));
		assertThat(stored.groupId()).isEqualTo(lights);
		assertThat(stored.leadTimeMonths()).isEqualTo(2);
		assertThat(stored.coverWeeks()).isEqualByComparingTo(new BigDecimal("6.5"));

		Document page = page(admin, "/forecast/settings");
		Element row = page.selectFirst("[data-testid=settings-groups] tr[data-distributor=" + ForecastPageFixture.A
				+ "][data-group=" + lights + "]");
		assertThat(row).as("the group's terms are listed").isNotNull();
		assertThat(row.selectFirst("[data-figure=lead-time]").text()).isEqualTo("2");
		assertThat(row.selectFirst("[data-figure=cover]").text()).isEqualTo("6,5");
		assertThat(page.selectFirst("[data-testid=settings-distributors] tr[data-distributor=" + ForecastPageFixture.A
				+ "] [data-figure=transit]"))
			.as("next to the transit time")
			.isNotNull();

		HttpResponse<String> removed = PageForm
			.on(admin, "/forecast/settings", "tr[data-group=" + lights + "] form[action$=/delete]")
			.submit();
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(asUser("admin", () -> settings.effective(a, lights)).groupId()).as("the distributor's again")
			.isNull();
	}

	@Test
	void aDistributorSeesItsOwnTermsReadOnly() {
		long b = distributorId(ForecastPageFixture.B);
		PortalHttp a = browser().loggedInAs("fcp77a.admin", "demo");
		Document page = page(a, "/forecast/settings");
		assertThat(page.select("form[data-testid=settings-form]")).as("nothing to change").isEmpty();
		assertThat(page.select("[data-testid=settings-read-only]")).hasSize(1);
		assertThat(page.select("[data-testid=settings-distributors] tbody tr"))
			.extracting(r -> r.attr("data-distributor"))
			.containsExactly(ForecastPageFixture.A);

		PlanningSetting before = asUser("admin", () -> settings.effective(b, null));
		HttpResponse<String> forged = a.submit("/forecast/settings", "/forecast/settings",
				Map.of("distributor", String.valueOf(b), "leadTime", "9", "cover", "20"));
		assertThat(forged.statusCode()).isIn(403, 404);
		assertThat(asUser("admin", () -> settings.effective(b, null))).isEqualTo(before);
	}

	private static Document page(PortalHttp http, String path) {
		HttpResponse<String> response = http.get(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Jsoup.parse(response.body(), "http://portal" + path);
	}

}
