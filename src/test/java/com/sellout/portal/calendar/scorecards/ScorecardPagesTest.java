package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.clients.Client;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.clients.ClientStatus;
import com.sellout.portal.clients.Clients;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.DisplayNumbers;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.calendar.scorecards.ScorecardFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard pages and {@code GET /api/v1/scorecards/{code}} as people reach them: the
 * manufacturer's ranked list of every distributor, a distributor's own card with its
 * place and the count only, another distributor's answered "not found" exactly as a code
 * that does not exist, and a restricted manager without the line shares.
 */
class ScorecardPagesTest extends PortalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private Scorecards scorecards;

	@Autowired
	private Submissions submissions;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ClientDirectory directory;

	@Autowired
	private Clients clients;

	@Autowired
	private ManagerScopes managers;

	@BeforeEach
	void fixture() {
		ScorecardFixture.ensure(jdbc, users, submissions, directory, this::asSystem);
	}

	@Test
	void theManufacturersListRanksEveryActiveDistributorWithItsFigures() {
		List<Scorecard> all = asUser("analyst", () -> scorecards.all());
		String page = browser().loggedInAs("analyst", "demo").get("/calendar/scorecards").body();
		assertThat(page).contains("Оценка отчётности дистрибьюторов");
		Scorecard home = all.stream()
			.filter(s -> s.distributorCode().equals(ScorecardFixture.HOME))
			.findFirst()
			.orElseThrow();
		assertThat(home.rank()).as("SCHOME has a month past due").isPositive();
		String row = row(page, ScorecardFixture.HOME);
		assertThat(row).contains(ScorecardFixture.HOME_NAME.replace("\"", "&quot;"))
			.contains(">" + home.rank() + "<")
			// its first month on time, the month after missing whatever today is
			.contains(new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")))
				.format(home.onTimeRate().multiply(BigDecimal.valueOf(100))) + DisplayNumbers.PERCENT);
		assertThat(home.onTimeRate()).isStrictlyBetween(BigDecimal.ZERO, BigDecimal.ONE);
		for (Scorecard card : all) {
			assertThat(page).contains("data-code=\"" + card.distributorCode() + "\"");
		}
	}

	@Test
	void aDistributorSeesItsOwnCardWithItsPlaceAndTheCountAndNoOtherDistributor() {
		Scorecard own = asUser("schome.admin", () -> scorecards.of(distributorId(ScorecardFixture.HOME)));
		PortalHttp http = browser().loggedInAs("schome.admin", PASSWORD);
		HttpResponse<String> list = http.get("/calendar/scorecards");
		assertThat(list.statusCode()).isEqualTo(302);
		assertThat(list.headers().firstValue("Location").orElseThrow()).endsWith("/calendar/scorecards/SCHOME");
		String page = http.get("/calendar/scorecards/schome").body();
		assertThat(page).contains(own.rank() + " из " + own.ranked());
		assertThat(page).doesNotContain(ScorecardFixture.B_NAME.replace("\"", "&quot;"))
			.doesNotContain(ScorecardFixture.B)
			.doesNotContain("data-code=");

		HttpResponse<String> other = http.get("/calendar/scorecards/" + ScorecardFixture.B);
		HttpResponse<String> nobody = http.get("/calendar/scorecards/NO-SUCH-CODE");
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(nobody.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain(ScorecardFixture.B_NAME.replace("\"", "&quot;"));
		assertThat(strip(other.body(), ScorecardFixture.B)).isEqualTo(strip(nobody.body(), "NO-SUCH-CODE"));
	}

	@Test
	void theApiAnswersTheOwnScorecardAndAnotherDistributorsCodeIsNotFound() {
		PortalHttp http = browser();
		HttpResponse<String> own = http.api("/api/v1/scorecards/SCHOME", "schome.admin", PASSWORD);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		JsonNode card = JSON.readTree(own.body());
		assertThat(card.path("distributor").asString()).isEqualTo("SCHOME");
		assertThat(card.propertyNames()).containsExactly("distributor", "name", "onTimeRate", "completeness",
				"medianDelayDays", "linesAccepted", "productsResolved", "validInn", "sisoGap", "rank", "ranked",
				"trend");
		BigDecimal onTime = asUser("analyst", () -> scorecards.of(distributorId(ScorecardFixture.HOME))).onTimeRate();
		assertThat(card.path("onTimeRate").decimalValue()).isEqualByComparingTo(onTime)
			.isStrictlyBetween(BigDecimal.ZERO, BigDecimal.ONE);
		// 3 lines: 2 accepted, 1 an unknown product
		assertThat(card.path("linesAccepted").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(card.path("rank").asInt()).isPositive();
		assertThat(card.path("trend").get(0).path("period").asString()).matches("\\d{4}-\\d{2}");

		HttpResponse<String> other = http.api("/api/v1/scorecards/" + ScorecardFixture.B, "schome.admin", PASSWORD);
		HttpResponse<String> nobody = http.api("/api/v1/scorecards/NO-SUCH-CODE", "schome.admin", PASSWORD);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(nobody.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("Сроки Бэ").doesNotContain("onTimeRate");
		assertThat(strip(other.body(), ScorecardFixture.B)).isEqualTo(strip(nobody.body(), "NO-SUCH-CODE"));

		HttpResponse<String> manufacturer = http.api("/api/v1/scorecards/sc45b", "analyst", "demo");
		assertThat(manufacturer.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(manufacturer.body()).path("distributor").asString()).isEqualTo(ScorecardFixture.B);
		assertThat(http.api("/api/v1/scorecards/NO-SUCH-CODE", "analyst", "demo").statusCode()).isEqualTo(404);
	}

	@Test
	void aRestrictedManagerSeesItsDistributorsReportingButNotTheLineSharesAndNoOtherDistributor() {
		long manager = userId("schome.manager");
		long client = asSystem(() -> clients
			.find(new Clients.ClientFilter(ClientStatus.NEW, null, null, distributorId(ScorecardFixture.HOME)),
					new ListQuery(null, "name", false, 0, 1))
			.items()
			.stream()
			.map(Client::id)
			.findFirst()
			.orElseThrow());
		asUser("admin", () -> {
			managers.restrict(manager, List.of(client));
			return null;
		});
		try {
			PortalHttp http = browser();
			JsonNode card = JSON.readTree(http.api("/api/v1/scorecards/SCHOME", "schome.manager", PASSWORD).body());
			assertThat(card.path("onTimeRate").decimalValue()).isEqualByComparingTo(
					asUser("analyst", () -> scorecards.of(distributorId(ScorecardFixture.HOME))).onTimeRate());
			assertThat(card.path("linesAccepted").isNull()).isTrue();
			assertThat(card.path("productsResolved").isNull()).isTrue();
			assertThat(card.path("validInn").isNull()).isTrue();
			assertThat(http.api("/api/v1/scorecards/" + ScorecardFixture.B, "schome.manager", PASSWORD).statusCode())
				.isEqualTo(404);
			PortalHttp pages = browser().loggedInAs("schome.manager", PASSWORD);
			String page = pages.get("/calendar/scorecards/SCHOME").body();
			assertThat(page).contains("data-testid=\"lines-hidden\"").doesNotContain("data-testid=\"lines-accepted\"");
			assertThat(pages.get("/calendar/scorecards/" + ScorecardFixture.B).statusCode()).isEqualTo(404);
		}
		finally {
			asUser("admin", () -> {
				managers.lift(manager);
				return null;
			});
		}
		// unrestricted again: the shares are back
		JsonNode card = JSON.readTree(browser().api("/api/v1/scorecards/SCHOME", "schome.manager", PASSWORD).body());
		assertThat(card.path("linesAccepted").decimalValue()).isEqualByComparingTo("0.6667");
	}

	/** The row of the list that shows the distributor. */
	private static String row(String page, String code) {
		int start = page.indexOf("data-code=\"" + code + "\"");
		assertThat(start).as(code + " listed").isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	/** An answer with the code asked for taken out, to compare two refusals. */
	private static String strip(String body, String code) {
		return body.replace(code, "").replaceAll("\"(timestamp|instance|traceId)\"\\s*:\\s*\"[^\"]*\"", "");
	}

}
