package com.sellout.portal.sellout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.sellout.OneCDocuments.Sale;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which version of a month counts, changed by a person: a superseded report made current
 * again, the active one withdrawn — over the API and from the report card, by
 * administrators only, under the rule of one active report, audited; former versions are
 * read-only.
 */
class ActiveVersionTest extends PortalTest {

	@Autowired
	private IntegrationAccounts integrations;

	@Test
	void anEarlierVersionIsMadeCurrentAgainAndTheActiveOneWithdrawnOverTheApi() {
		SellOutApi api = new SellOutApi(browser());
		JsonNode v1 = SellOutApi.json(api.upload("alfa.manager", "jan.csv",
				SalesFile.create().sale("03.01.2016", "EL-10001", 2, "1480,88").bytes(), "2016-01"));
		JsonNode v2 = SellOutApi.json(api.upload("alfa.manager", "jan-fixed.csv",
				SalesFile.create()
					.sale("03.01.2016", "EL-10001", 2, "1480,88")
					.sale("04.01.2016", "EL-10002", 1, "1496,43")
					.bytes(),
				"2016-01"));
		long first = v1.path("id").asLong();
		long second = v2.path("id").asLong();
		assertThat(v2.path("version").asInt()).isEqualTo(2);

		HttpResponse<String> restored = post("alfa.admin", first, "restore");
		assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
		assertThat(SellOutApi.json(restored).path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(SellOutApi.json(restored).path("version").asInt()).as("keeps its number").isEqualTo(1);
		assertThat(SellOutApi.json(restored).path("supersededBy").isNull()).isTrue();
		JsonNode demoted = report("alfa.admin", second);
		assertThat(demoted.path("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(demoted.path("supersededBy").asLong()).isEqualTo(first);
		assertThat(activeReports("ALFA", "2016-01")).containsExactly(first);
		assertThat(audited("SELLOUT_REPORT_RESTORED", first)).contains("version 1 made current, report " + second);

		HttpResponse<String> again = post("alfa.admin", first, "restore");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(SellOutApi.json(again).path("detail").asString()).contains("superseded or withdrawn");

		HttpResponse<String> withdrawn = post("admin", first, "withdraw");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(SellOutApi.json(withdrawn).path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(activeReports("ALFA", "2016-01")).isEmpty();
		assertThat(audited("SELLOUT_REPORT_WITHDRAWN", first)).contains("version 1 withdrawn");
		assertThat(post("admin", first, "withdraw").statusCode()).isEqualTo(409);
		assertThat(post("admin", second, "withdraw").statusCode()).as("a superseded report does not count")
			.isEqualTo(409);

		// a withdrawn report can be made current again, and a new report replaces the
		// current one
		assertThat(post("alfa.admin", second, "restore").statusCode()).isEqualTo(200);
		assertThat(report("alfa.admin", second).path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(report("alfa.admin", first).path("status").asString()).as("withdrawn stays withdrawn")
			.isEqualTo("WITHDRAWN");
		JsonNode v3 = SellOutApi.json(api.upload("alfa.manager", "jan-final.csv",
				SalesFile.create().sale("05.01.2016", "EL-10003", 3, "4022,70").bytes(), "2016-01"));
		assertThat(v3.path("version").asInt()).isEqualTo(3);
		assertThat(v3.path("replaced").path("id").asLong()).isEqualTo(second);
		assertThat(activeReports("ALFA", "2016-01")).containsExactly(v3.path("id").asLong());
	}

	@Test
	void onlyTheDistributorsAndTheManufacturersAdministratorsChangeVersions() {
		SellOutApi api = new SellOutApi(browser());
		long first = SellOutApi
			.json(api.upload("alfa.manager", "feb.csv",
					SalesFile.create().sale("03.02.2016", "EL-10004", 1, "996,20").bytes(), "2016-02"))
			.path("id")
			.asLong();
		long second = SellOutApi
			.json(api.upload("alfa.manager", "feb-2.csv",
					SalesFile.create().sale("03.02.2016", "EL-10004", 2, "1992,40").bytes(), "2016-02"))
			.path("id")
			.asLong();

		for (String login : List.of("alfa.manager", "analyst", "alfa.1c")) {
			assertThat(post(login, first, "restore").statusCode()).as(login).isEqualTo(403);
			assertThat(post(login, second, "withdraw").statusCode()).as(login).isEqualTo(403);
		}
		for (String login : List.of("beta.admin", "gamma.admin")) {
			assertThat(post(login, first, "restore").statusCode()).as(login).isEqualTo(404);
			assertThat(post(login, second, "withdraw").statusCode()).as(login).isEqualTo(404);
		}
		PortalHttp manager = browser().loggedInAs("alfa.manager", "demo");
		String card = "/sellout/reports/" + first;
		assertThat(manager.get(card).body()).doesNotContain("/restore\"");
		assertThat(manager.submit(card, card + "/restore", Map.of()).statusCode()).isEqualTo(403);
		PortalHttp beta = browser().loggedInAs("beta.admin", "demo");
		assertThat(beta.submit("/sellout/reports", card + "/restore", Map.of()).statusCode()).isEqualTo(404);
		assertThat(beta.submit("/sellout/reports", "/sellout/reports/" + second + "/withdraw", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(activeReports("ALFA", "2016-02")).as("nothing changed").containsExactly(second);

		assertThat(post("admin", first, "restore").statusCode()).isEqualTo(200);
		assertThat(activeReports("ALFA", "2016-02")).containsExactly(first);
	}

	@Test
	void theReportCardRestoresAndWithdrawsWithItsFormsAndAFormerVersionIsReadOnly() {
		SellOutApi api = new SellOutApi(browser());
		byte[] withException = SalesFile.create()
			.sale("03.03.2016", "EL-10005", 1, "1000")
			.sale("04.03.2016", "ООО Ошибка", "1234567890", "МО", "EL-10006", 1, "700")
			.bytes();
		long first = SellOutApi.json(api.upload("beta.manager", "march.csv", withException, "2016-03"))
			.path("id")
			.asLong();
		long second = SellOutApi
			.json(api.upload("beta.manager", "march-2.csv",
					SalesFile.create().sale("05.03.2016", "EL-10007", 4, "4000").bytes(), "2016-03"))
			.path("id")
			.asLong();

		PortalHttp admin = browser().loggedInAs("beta.admin", "demo");
		String firstCard = admin.get("/sellout/reports/" + first).body();
		assertThat(firstCard).contains("data-testid=\"version-banner\"")
			.contains("Эта версия заменена")
			.contains("href=\"/sellout/reports/" + second + "\"");
		assertThat(firstCard).as("no fixes on a former version").doesNotContain("/lines/3\"");
		assertThat(firstCard).doesNotContain("/withdraw\"");
		String action = formAction(firstCard, "restore");
		HttpResponse<String> restored = admin.postForm(action, Map.of("_csrf", PortalHttp.csrfOf(firstCard)));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(restored.headers().firstValue("Location").orElse("")).endsWith("/sellout/reports/" + first);
		String current = admin.get("/sellout/reports/" + first).body();
		assertThat(current).contains("Версия 1 снова текущая; версия 2 заменена.")
			.contains("Принят с исключениями")
			.doesNotContain("data-testid=\"version-banner\"")
			.contains("/sellout/reports/" + first + "/lines/3\"");
		assertThat(activeReports("BETA", "2016-03")).containsExactly(first);

		// the exception of the now superseded second version cannot be fixed, by its page
		// or its form
		String secondCard = admin.get("/sellout/reports/" + second).body();
		assertThat(secondCard).contains("Эта версия заменена");
		HttpResponse<String> withdraw = admin.postForm(formAction(current, "withdraw"),
				Map.of("_csrf", PortalHttp.csrfOf(current)));
		assertThat(withdraw.statusCode()).isEqualTo(302);
		String withdrawn = admin.get("/sellout/reports/" + first).body();
		assertThat(withdrawn).contains("Версия 1 отозвана")
			.contains("Отозван")
			.contains("Текущего отчёта за период нет.")
			.doesNotContain("/lines/3\"");
		assertThat(activeReports("BETA", "2016-03")).isEmpty();
		// an old link to the line leads to the card, which says the version is read-only
		var oldLink = admin.get("/sellout/reports/" + first + "/lines/3");
		assertThat(oldLink.statusCode()).isEqualTo(302);
		assertThat(oldLink.headers().firstValue("Location").orElse("")).endsWith("/sellout/reports/" + first);
		assertThat(admin.get("/sellout/reports/" + first).body()).contains("data-testid=\"version-banner\"")
			.contains("Этот отчёт отозван");
		String fixes = "/sellout/reports/" + first + "/lines/3/";
		assertThat(admin.submit("/sellout/reports/" + first, fixes + "product", Map.of("sku", "EL-10006")).statusCode())
			.isEqualTo(409);
		assertThat(admin
			.submit("/sellout/reports/" + first, fixes + "alias", Map.of("type", "REGION", "from", "МО", "to", "50"))
			.statusCode()).isEqualTo(409);
		assertThat(asSystem(() -> jdbc.sql("select accepted from sellout_lines where report_id = ? and line_no = 3")
			.param(first)
			.query(Boolean.class)
			.single())).as("the line stays as it was").isFalse();
	}

	@Test
	void forAnIncrementalAccountTheyActOnTheMonthsMergedReportAndVersionsFollowTheOrderAccepted() {
		long account = userId("gamma.1c");
		asUser("admin", () -> {
			integrations.setDeliveryMode(account, IntegrationAccounts.DeliveryMode.INCREMENTAL);
			return null;
		});
		try {
			long snapshot = SellOutApi
				.json(new SellOutApi(browser()).upload("gamma.manager", "june.csv",
						SalesFile.create().sale("02.06.2016", "EL-10008", 1, "1000").bytes(), "2016-06"))
				.path("id")
				.asLong();
			PortalHttp http = browser();
			JsonNode delivery = new SellOutApi(http)
				.deliverAsGamma1c(Sale.of("INC-1", "2016-06-03", "EL-10009", 2, "2000"));
			assertThat(delivery.path("status").asString()).isEqualTo("MERGED");
			long merged = delivery.path("supersededBy").asLong();
			JsonNode period = report("gamma.admin", merged);
			assertThat(period.path("version").asInt()).as("the second report accepted for the month").isEqualTo(2);
			assertThat(period.path("replaced").path("id").asLong()).isEqualTo(snapshot);
			assertThat(period.path("replaced").path("acceptedLines").asInt()).isEqualTo(1);
			assertThat(period.path("acceptedAmountNet").decimalValue()).isEqualByComparingTo("3000");
			new SellOutApi(http).deliverAsGamma1c(Sale.of("INC-2", "2016-06-04", "EL-10010", 1, "500"));
			assertThat(report("gamma.admin", merged).path("version").asInt()).isEqualTo(3);

			HttpResponse<String> withdrawn = post("gamma.admin", delivery.path("id").asLong(), "withdraw");
			assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
			assertThat(SellOutApi.json(withdrawn).path("id").asLong()).isEqualTo(merged);
			assertThat(SellOutApi.json(withdrawn).path("status").asString()).isEqualTo("WITHDRAWN");
			assertThat(report("gamma.admin", delivery.path("id").asLong()).path("status").asString())
				.isEqualTo("MERGED");
			assertThat(activeReports("GAMMA", "2016-06")).isEmpty();
			assertThat(post("gamma.admin", delivery.path("id").asLong(), "restore").statusCode()).isEqualTo(200);
			assertThat(activeReports("GAMMA", "2016-06")).containsExactly(merged);

			assertThat(post("gamma.admin", snapshot, "restore").statusCode()).isEqualTo(200);
			assertThat(activeReports("GAMMA", "2016-06")).containsExactly(snapshot);
			assertThat(report("gamma.admin", merged).path("status").asString()).isEqualTo("SUPERSEDED");
			assertThat(report("gamma.admin", snapshot).path("version").asInt()).isEqualTo(1);
		}
		finally {
			asUser("admin", () -> {
				integrations.setDeliveryMode(account, IntegrationAccounts.DeliveryMode.SNAPSHOT);
				return null;
			});
		}
	}

	private HttpResponse<String> post(String login, long reportId, String action) {
		return browser().apiSend("POST", "/api/v1/sellout/reports/" + reportId + "/" + action, "", login, "demo");
	}

	private JsonNode report(String login, long id) {
		return SellOutApi.json(browser().api("/api/v1/sellout/reports/" + id, login, "demo"));
	}

	/**
	 * The action of the report card's form whose action ends so, as the page renders it.
	 */
	static String formAction(String html, String ending) {
		Matcher matcher = Pattern.compile("<form[^>]*action=\"([^\"]*/" + ending + ")\"").matcher(html);
		assertThat(matcher.find()).as("a form for " + ending).isTrue();
		return matcher.group(1);
	}

	private String audited(String action, long reportId) {
		return asSystem(() -> jdbc.sql("""
				select string_agg(details, ' | ') from audit_events where action = ? and target_id = ?""")
			.params(action, String.valueOf(reportId))
			.query(String.class)
			.single());
	}

	private List<Long> activeReports(String distributor, String period) {
		return asSystem(() -> jdbc.sql("""
				select r.id from sellout_reports r join distributors d on d.id = r.distributor_id
				 where d.code = ? and r.period = ?::date and r.status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS')""")
			.params(distributor, period + "-01")
			.query(Long.class)
			.list());
	}

}
