package com.sellout.portal.calendar;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.calendar.internal.ReportingTerms;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/submissions} and {@code POST /api/v1/submissions/no-sales} as
 * accounts reach them: a distributor's account sees its own rows only and another's code
 * answers 404 exactly as one that does not exist; the manufacturer sees every
 * distributor's; the state filter; bad parameters 400; «продаж не было» declared, refused
 * (409) over a report with lines unless confirmed, and refused to the manufacturer; the
 * page «продаж не было» and the settings pages (terms, production calendar) submitted as
 * rendered, the analyst read-only, a distributor refused. Distributors CALAPA and CALAPB
 * (with an integration account of CALAPA), no other test's.
 */
class SubmissionApiTest extends PortalTest {

	static final String PASSWORD = "cal-api-password-20";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static boolean ready;

	@Autowired
	private UserAccounts users;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private ReportingTerms terms;

	@BeforeEach
	void distributors() {
		synchronized (SubmissionApiTest.class) {
			if (ready) {
				return;
			}
			asSystem(() -> {
				if (jdbc.sql("select count(*) from distributors where code = 'CALAPA'")
					.query(Long.class)
					.single() == 0) {
					for (String code : List.of("CALAPA", "CALAPB")) {
						long id = jdbc.sql("""
								insert into distributors (code, name, inn, contract_start, reporting_frequency)
								values (?, ?, '7707083893', date '2026-01-01', 'MONTHLY') returning id""")
							.params(code, "ООО \"Сроки " + code + "\"")
							.query(Long.class)
							.single();
						users.register(code.toLowerCase() + ".admin", PASSWORD, "Админ " + code, null,
								Role.DISTRIBUTOR_ADMIN, id);
						if (code.equals("CALAPA")) {
							users.register("calapa.1c", PASSWORD, "1С " + code, null, Role.INTEGRATION, id);
						}
					}
				}
				return null;
			});
			ready = true;
		}
	}

	private static List<JsonNode> rows(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<JsonNode> rows = new ArrayList<>();
		JSON.readTree(response.body()).path("rows").forEach(rows::add);
		return rows;
	}

	private static List<String> codes(List<JsonNode> rows) {
		return rows.stream().map(r -> r.path("distributor").asString()).distinct().toList();
	}

	@Test
	void aDistributorSeesItsOwnSubmissionsAndTheManufacturerEveryones() {
		PortalHttp http = browser();
		List<JsonNode> own = rows(http.api("/api/v1/submissions?period=2026-03", "calapa.admin", PASSWORD));
		assertThat(own).isNotEmpty();
		assertThat(codes(own)).containsExactly("CALAPA");
		JsonNode march = own.get(0);
		assertThat(march.propertyNames()).contains("distributor", "kind", "period", "dueAt", "state", "receivedAt",
				"reportId", "reportStatus");
		assertThat(march.path("period").asString()).isEqualTo("2026-03");
		assertThat(march.path("kind").asString()).isEqualTo("SELLOUT");
		assertThat(march.path("state").asString()).as("nothing sent for March 2026").isEqualTo("MISSING");
		assertThat(march.has("week")).as("a monthly distributor has no weeks").isFalse();

		CalendarFixture.ensure(jdbc, users, this::asSystem);
		List<JsonNode> weekly = rows(
				http.api("/api/v1/submissions?period=2026-03&kind=SELLOUT&distributor=CAL20W", "analyst", "demo"));
		assertThat(weekly).hasSizeGreaterThan(3)
			.extracting(r -> r.path("week").asInt())
			.as("a weekly distributor's rows say their week")
			.startsWith(1, 2, 3);

		List<JsonNode> integration = rows(http.api("/api/v1/submissions?period=2026-03", "calapa.1c", PASSWORD));
		assertThat(codes(integration)).containsExactly("CALAPA");

		HttpResponse<String> other = http.api("/api/v1/submissions?period=2026-03&distributor=CALAPB", "calapa.admin",
				PASSWORD);
		HttpResponse<String> nobody = http.api("/api/v1/submissions?period=2026-03&distributor=NO-SUCH", "calapa.admin",
				PASSWORD);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(nobody.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("CALAPB");
		assertThat(other.body().replace("CALAPB", "X")).isEqualTo(nobody.body().replace("NO-SUCH", "X"));
		assertThat(codes(
				rows(http.api("/api/v1/submissions?period=2026-03&distributor=calapa", "calapa.admin", PASSWORD))))
			.containsExactly("CALAPA");

		List<JsonNode> all = rows(http.api("/api/v1/submissions?period=2026-03", "analyst", "demo"));
		assertThat(codes(all)).contains("CALAPA", "CALAPB");
		assertThat(codes(rows(http.api("/api/v1/submissions?period=2026-03&distributor=CALAPB", "analyst", "demo"))))
			.containsExactly("CALAPB");
		assertThat(http.api("/api/v1/submissions?distributor=NO-SUCH", "analyst", "demo").statusCode()).isEqualTo(404);
	}

	@Test
	void theStateFilterNarrowsAndBadParametersAreRefused() {
		long a = distributorId("CALAPA");
		YearMonth april = YearMonth.of(2026, 4);
		long report = asSystem(() -> CalendarFixture.accept(intake, a, april, 3));
		PortalHttp http = browser();
		List<JsonNode> late = rows(http.api("/api/v1/submissions?distributor=CALAPA&state=LATE", "analyst", "demo"));
		assertThat(late).extracting(r -> r.path("state").asString()).containsOnly("LATE");
		JsonNode aprilRow = late.stream()
			.filter(r -> r.path("period").asString().equals("2026-04") && r.path("kind").asString().equals("SELLOUT"))
			.findFirst()
			.orElseThrow();
		assertThat(aprilRow.path("reportId").asLong()).isEqualTo(report);
		assertThat(aprilRow.path("reportStatus").asString()).isEqualTo("ACCEPTED");
		assertThat(aprilRow.path("receivedAt").isNull()).isFalse();
		List<JsonNode> missing = rows(
				http.api("/api/v1/submissions?distributor=CALAPA&state=missing", "calapa.admin", PASSWORD));
		assertThat(missing).isNotEmpty().extracting(r -> r.path("state").asString()).containsOnly("MISSING");
		assertThat(missing).noneMatch(
				r -> r.path("period").asString().equals("2026-04") && r.path("kind").asString().equals("SELLOUT"));
		assertThat(rows(http.api("/api/v1/submissions?state=LATE", "calapb.admin", PASSWORD)))
			.as("B sees nothing of A's late April")
			.noneMatch(r -> r.path("distributor").asString().equals("CALAPA"));

		HttpResponse<String> badPeriod = http.api("/api/v1/submissions?period=2026-13", "calapa.admin", PASSWORD);
		assertThat(badPeriod.statusCode()).isEqualTo(400);
		assertThat(badPeriod.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(JSON.readTree(badPeriod.body()).path("detail").asString()).contains("2026-13").contains("YYYY-MM");
		HttpResponse<String> badState = http.api("/api/v1/submissions?state=SOON", "calapa.admin", PASSWORD);
		assertThat(badState.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(badState.body()).path("detail").asString()).contains("SOON").contains("MISSING");
	}

	@Test
	void noSalesIsDeclaredOverTheApiAndReplacesLinesOnlyWhenConfirmed() {
		PortalHttp http = browser();
		HttpResponse<String> manufacturer = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2026-05\",\"kind\":\"SELLOUT\"}", "admin", "demo");
		assertThat(manufacturer.statusCode()).as(manufacturer.body()).isEqualTo(403);

		HttpResponse<String> declared = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2026-05\",\"kind\":\"SELLOUT\"}", "calapb.admin", PASSWORD);
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
		long may = JSON.readTree(declared.body()).path("reportId").asLong();
		assertThat(may).isPositive();
		JsonNode mayRow = rows(http.api("/api/v1/submissions?period=2026-05&kind=SELLOUT", "calapb.admin", PASSWORD))
			.get(0);
		assertThat(mayRow.path("reportId").asLong()).isEqualTo(may);
		assertThat(mayRow.path("state").asString()).isEqualTo("LATE");
		assertThat(mayRow.path("noSales").asBoolean()).isTrue();

		long b = distributorId("CALAPB");
		long withLines = asSystem(() -> CalendarFixture.accept(intake, b, YearMonth.of(2026, 6), 4, 6));
		HttpResponse<String> conflict = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2026-06\",\"kind\":\"SELLOUT\"}", "calapb.admin", PASSWORD);
		assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
		JsonNode problem = JSON.readTree(conflict.body());
		assertThat(problem.path("detail").asString()).contains(String.valueOf(withLines)).contains("replaceLines");
		assertThat(problem.path("acceptedLines").asInt()).isEqualTo(2);
		assertThat(rows(http.api("/api/v1/submissions?period=2026-06&kind=SELLOUT", "calapb.admin", PASSWORD)).get(0)
			.path("reportId")
			.asLong()).as("nothing replaced unless confirmed").isEqualTo(withLines);

		HttpResponse<String> confirmed = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2026-06\",\"kind\":\"SELLOUT\",\"replaceLines\":true}", "calapb.admin", PASSWORD);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
		long june = JSON.readTree(confirmed.body()).path("reportId").asLong();
		assertThat(june).isNotEqualTo(withLines);
		JsonNode juneRow = rows(http.api("/api/v1/submissions?period=2026-06&kind=SELLOUT", "calapb.admin", PASSWORD))
			.get(0);
		assertThat(juneRow.path("reportId").asLong()).isEqualTo(june);
		assertThat(juneRow.path("noSales").asBoolean()).isTrue();
		assertThat(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(withLines)
			.query(String.class)
			.single())).isEqualTo("SUPERSEDED");

		HttpResponse<String> integration = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2026-07\",\"kind\":\"SELLOUT\"}", "calapa.1c", PASSWORD);
		assertThat(integration.statusCode()).as(integration.body()).isEqualTo(201);
		HttpResponse<String> badKind = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2026-07\",\"kind\":\"WHATEVER\"}", "calapa.admin", PASSWORD);
		assertThat(badKind.statusCode()).isEqualTo(400);
		HttpResponse<String> future = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2099-01\",\"kind\":\"SELLOUT\"}", "calapa.admin", PASSWORD);
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(future.body()).path("detail").asString()).contains("2099-01");
		HttpResponse<String> beforeContract = http.apiSend("POST", "/api/v1/submissions/no-sales",
				"{\"period\":\"2025-12\",\"kind\":\"SELLOUT\"}", "calapa.admin", PASSWORD);
		assertThat(beforeContract.statusCode()).isEqualTo(400);
	}

	@Test
	void aDistributorDeclaresNoSalesFromThePageConfirmingTheReplacementOfLinesAndTheManufacturerCannot() {
		PortalHttp http = browser().loggedInAs("calapa.admin", PASSWORD);
		Element owed = Jsoup.parse(http.get("/").body())
			.selectFirst("[data-testid=owed-row] a[data-testid=owed-no-sales]");
		assertThat(owed).as("the home page offers «продаж не было» next to an owed month").isNotNull();
		String offered = owed.attr("href");
		assertThat(offered).startsWith("/calendar/no-sales?period=");
		String offeredPeriod = offered.replaceAll(".*period=(\\d{4}-\\d{2}).*", "$1");
		assertThat(PageForm.on(http, offered.replace("&amp;", "&"), "form[data-testid=no-sales]").value("period"))
			.isEqualTo(offeredPeriod);
		HttpResponse<String> done = PageForm.on(http, "/calendar/no-sales", "form[data-testid=no-sales]")
			.choose("period", "Август 2026")
			.choose("kind", "Продажи")
			.submit();
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String shown = http.get(done.headers().firstValue("Location").orElseThrow().replace(baseUrl(), "")).body();
		JsonNode august = rows(http.api("/api/v1/submissions?period=2026-08&kind=SELLOUT", "calapa.admin", PASSWORD))
			.get(0);
		assertThat(august.path("noSales").asBoolean()).isTrue();
		assertThat(shown).contains(
				"Отчёт «продаж не было» за Август 2026 принят (отчёт № " + august.path("reportId").asLong() + ")");

		long a = distributorId("CALAPA");
		long withLines = asSystem(() -> CalendarFixture.accept(intake, a, YearMonth.of(2026, 9), 5, 7, 9));
		HttpResponse<String> asked = PageForm
			.on(http, "/calendar/no-sales?period=2026-09&kind=SELLOUT", "form[data-testid=no-sales]")
			.submit();
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Отчёт № " + withLines + " с 3 принятыми строками будет заменён");
		assertThat(rows(http.api("/api/v1/submissions?period=2026-09&kind=SELLOUT", "calapa.admin", PASSWORD)).get(0)
			.path("reportId")
			.asLong()).as("nothing replaced before the confirmation").isEqualTo(withLines);
		HttpResponse<String> confirmed = PageForm
			.in(http, asked, "/calendar/no-sales", "form[data-testid=no-sales-confirm]")
			.submit();
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
		JsonNode september = rows(http.api("/api/v1/submissions?period=2026-09&kind=SELLOUT", "calapa.admin", PASSWORD))
			.get(0);
		assertThat(september.path("reportId").asLong()).isNotEqualTo(withLines);
		assertThat(september.path("noSales").asBoolean()).isTrue();

		PortalHttp manufacturer = browser().loggedInAs("admin", "demo");
		assertThat(manufacturer.get("/calendar/no-sales").statusCode()).isEqualTo(403);
		HttpResponse<String> forged = manufacturer.submit("/", "/calendar/no-sales",
				Map.of("period", "2026-08", "kind", "SELLOUT"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(manufacturer.get("/").body()).doesNotContain("/calendar/no-sales");
	}

	private OffsetDateTime novemberDue(PortalHttp http, String code) {
		JsonNode row = rows(
				http.api("/api/v1/submissions?period=2026-11&kind=SELLOUT&distributor=" + code, "analyst", "demo"))
			.get(0);
		return OffsetDateTime.parse(row.path("dueAt").asString());
	}

	@Test
	void theAdministratorChangesTheTermsFromTheSettingsPageAndTheApiAnswersTheNewDueDates() {
		ReportingRule before = asUser("admin", () -> terms.defaults());
		PortalHttp api = browser();
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		try {
			HttpResponse<String> refused = PageForm
				.on(admin, "/calendar/settings", "form[data-testid=calendar-defaults]")
				.fill("dueDay", "0")
				.submit();
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("N — от 1 до 20 рабочих дней, D — число месяца от 1 до 31.");
			assertThat(asUser("admin", () -> terms.defaults())).as("nothing saved").isEqualTo(before);

			HttpResponse<String> saved = PageForm.on(admin, "/calendar/settings", "form[data-testid=calendar-defaults]")
				.choose("dueKind", "До D-го числа следующего месяца")
				.fill("dueDay", "20")
				.submit();
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
			assertThat(admin.get("/calendar/settings").body()).contains("Сроки отчётности сохранены.");
			// by 20 December, Moscow: due at its end
			assertThat(novemberDue(api, "CALAPB").toInstant()).isEqualTo(Instant.parse("2026-12-20T21:00:00Z"));

			HttpResponse<String> own = PageForm.on(admin, "/calendar/settings", "form[data-testid=calendar-override]")
				.choose("distributorId", "CALAPB")
				.choose("dueKind", "До D-го числа следующего месяца")
				.fill("dueDay", "10")
				.submit();
			assertThat(own.statusCode()).as(own.body()).isEqualTo(302);
			assertThat(novemberDue(api, "CALAPB").toInstant()).isEqualTo(Instant.parse("2026-12-10T21:00:00Z"));
			assertThat(novemberDue(api, "CALAPA").toInstant()).as("the others keep the defaults")
				.isEqualTo(Instant.parse("2026-12-20T21:00:00Z"));
			HttpResponse<String> cleared = PageForm.on(admin, "/calendar/settings", "form[data-testid=clear-CALAPB]")
				.submit();
			assertThat(cleared.statusCode()).isEqualTo(302);
			assertThat(novemberDue(api, "CALAPB").toInstant()).isEqualTo(Instant.parse("2026-12-20T21:00:00Z"));
		}
		finally {
			asUser("admin", () -> {
				terms.saveDefaults(before);
				terms.clearOverride(distributorId("CALAPB"));
				return null;
			});
		}
	}

	@Test
	void theAdministratorEditsAYearsDaysOffWithClearErrors() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm form = PageForm.on(admin, "/calendar/working-days/2033", "form[data-testid=calendar-year]");
		String days = form.value("daysOff");
		assertThat(days).as("the weekends at least").contains("01.01.2033");
		HttpResponse<String> refused = PageForm
			.on(admin, "/calendar/working-days/2033", "form[data-testid=calendar-year]")
			.fill("daysOff", days + "\n31.02.2033\n01.01.2034")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		int lines = days.split("\\R", -1).length;
		assertThat(refused.body())
			.contains("Строка " + (lines + 1) + ": «31.02.2033» — не дата: нужна ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.")
			.contains("Строка " + (lines + 2) + ": дата 01.01.2034 не из 2033 года.");
		assertThat(admin.get("/calendar/working-days/2033").body()).doesNotContain("data-off=\"2033-06-15\"");

		HttpResponse<String> saved = PageForm
			.on(admin, "/calendar/working-days/2033", "form[data-testid=calendar-year]")
			.fill("daysOff", days + "\n15.06.2033")
			.tick("transfersKnown", true)
			.submit();
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String page = admin.get("/calendar/working-days/2033").body();
		assertThat(page).contains("data-off=\"2033-06-15\"")
			.contains("Переносы выходных известны.")
			.contains("Производственный календарь сохранён.");
		assertThat(asSystem(() -> jdbc.sql("select working from calendar_days where day = date '2033-06-15'")
			.query(Boolean.class)
			.single())).isFalse();
	}

	@Test
	void theAnalystViewsTheSettingsWithoutEditingAndADistributorIsRefused() {
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> settings = analyst.get("/calendar/settings");
		assertThat(settings.statusCode()).isEqualTo(200);
		assertThat(settings.body()).contains("По умолчанию").doesNotContain("data-testid=\"calendar-override\"");
		assertThat(analyst.get("/calendar/working-days/2033").statusCode()).isEqualTo(200);
		assertThat(analyst
			.submit("/calendar/settings", "/calendar/settings", Map.of("dueKind", "WORKING_DAY", "dueDay", "9",
					"weekDue", "2", "graceWorkingDays", "3", "zone", "Europe/Moscow"))
			.statusCode()).isEqualTo(403);
		assertThat(
				analyst.submit("/calendar/settings", "/calendar/working-days/2033", Map.of("daysOff", "")).statusCode())
			.isEqualTo(403);

		PortalHttp distributor = browser().loggedInAs("calapa.admin", PASSWORD);
		assertThat(distributor.get("/calendar/settings").statusCode()).isEqualTo(403);
		assertThat(distributor.get("/calendar/working-days/2033").statusCode()).isEqualTo(403);
		assertThat(distributor
			.submit("/", "/calendar/settings", Map.of("dueKind", "WORKING_DAY", "dueDay", "9", "weekDue", "2",
					"graceWorkingDays", "3", "zone", "Europe/Moscow"))
			.statusCode()).isEqualTo(403);
		assertThat(distributor
			.submit("/", "/calendar/settings/distributors/" + distributorId("CALAPA") + "/clear", Map.of())
			.statusCode()).isEqualTo(403);
		assertThat(distributor.get("/").body()).doesNotContain("/calendar/settings");
	}

}
