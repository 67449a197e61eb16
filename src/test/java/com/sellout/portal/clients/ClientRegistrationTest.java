package com.sellout.portal.clients;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client, one record: a second distributor registering the same ИНН makes an
 * assignment request and learns only that it is under review; the manufacturer decides;
 * every change is kept.
 */
class ClientRegistrationTest extends PortalTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aSecondRegistrationOfTheSameInnBecomesAnAssignmentRequestWithoutADuplicate() {
		String inn = TestInns.organisation(1001);
		PortalHttp alfa = browser().loggedInAs("alfa.manager", "demo");

		HttpResponse<String> registered = alfa.submit("/clients/new", "/clients", form(inn, "ООО \"Первый\""));
		long clientId = Long.parseLong(registered.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		HttpResponse<String> second = browser().apiSend("POST", "/api/v1/clients", body(inn, "ООО \"Второй\""),
				"beta.manager", "demo");

		assertThat(alfa.get("/clients/" + clientId).body()).contains("На рассмотрении", "ООО &quot;Первый&quot;");
		assertThat(second.statusCode()).isEqualTo(202);
		assertThat(second.body()).contains("\"status\":\"UNDER_REVIEW\"")
			.doesNotContain(Long.toString(clientId) + ",")
			.doesNotContain("\"id\":" + clientId)
			.doesNotContain("Первый")
			.doesNotContain("ALFA");
		assertThat(count(inn)).isEqualTo(1);
		assertThat(browser().api("/api/v1/clients/" + clientId, "beta.manager", "demo").statusCode()).isEqualTo(404);
		assertThat(json.readTree(browser().api("/api/v1/clients?q=" + inn, "beta.manager", "demo").body())
			.get("total")
			.asLong()).isZero();
		String betaRequests = browser().loggedInAs("beta.manager", "demo").get("/clients/requests").body();
		assertThat(betaRequests).contains(inn, "на рассмотрении")
			.doesNotContain("Первый")
			.doesNotContain("/clients/" + clientId + "\"");

		// the manufacturer decides both requests at once
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		String queue = analyst.get("/clients/requests?state=PENDING").body();
		assertThat(queue).contains(inn, "Регистрация", "Закрепление");
		long registration = requestId(inn, "REGISTRATION");
		long assignment = requestId(inn, "ASSIGNMENT");
		HttpResponse<String> decided = analyst.postForm("/clients/requests/decide",
				Map.of("ids", Long.toString(registration), "decision", "approve", "comment", "Проверено", "_csrf",
						PortalHttp.csrfOf(queue)));
		analyst.postForm("/clients/requests/decide", Map.of("ids", Long.toString(assignment), "decision", "approve",
				"_csrf", PortalHttp.csrfOf(analyst.get("/clients/requests").body())));

		assertThat(decided.statusCode()).isEqualTo(302);
		assertThat(alfa.get("/clients/" + clientId).body()).contains("Активен", "Проверено");
		assertThat(browser().api("/api/v1/clients/" + clientId, "beta.manager", "demo").body())
			.contains("\"status\":\"ACTIVE\"");
		long audited = asSystem(() -> jdbc.sql("""
				select count(distinct action) from audit_events
				 where action in ('CLIENT_REGISTERED', 'CLIENT_ASSIGNMENT_REQUESTED', 'CLIENT_REQUEST_APPROVED')
				   and details like ?""").param("%" + inn + "%").query(Long.class).single());
		assertThat(audited).isEqualTo(3);
	}

	@Test
	void statusRequestsGoToTheManufacturerAndTheDecisionComesBack() {
		String inn = TestInns.organisation(1002);
		long clientId = registerActive(inn);

		HttpResponse<String> refused = browser().apiSend("POST", "/api/v1/clients/" + clientId + "/status-requests",
				"{\"status\":\"ARCHIVED\"}", "alfa.manager", "demo");
		HttpResponse<String> asked = browser().apiSend("POST", "/api/v1/clients/" + clientId + "/status-requests",
				"{\"status\":\"BLOCKED\",\"reason\":\"Не платит третий месяц\"}", "alfa.manager", "demo");
		HttpResponse<String> foreign = browser().apiSend("POST", "/api/v1/clients/" + clientId + "/status-requests",
				"{\"status\":\"BLOCKED\",\"reason\":\"x\"}", "gamma.manager", "demo");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("\"field\":\"reason\"");
		assertThat(asked.statusCode()).isEqualTo(202);
		assertThat(foreign.statusCode()).isEqualTo(404);

		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		long request = requestId(inn, "STATUS_CHANGE");
		analyst.postForm("/clients/requests/decide", Map.of("ids", Long.toString(request), "decision", "reject",
				"comment", "Долг погашен", "_csrf", PortalHttp.csrfOf(analyst.get("/clients/requests").body())));

		String card = browser().loggedInAs("alfa.manager", "demo").get("/clients/" + clientId).body();
		assertThat(card).contains("Отклонено", "Долг погашен", "Не платит третий месяц");
		assertThat(browser().api("/api/v1/clients/" + clientId, "alfa.manager", "demo").body())
			.contains("\"status\":\"ACTIVE\"");
	}

	@Test
	void theHistoryKeepsWhoWhenFromWhatToWhatAndWhyButOnlyForThoseWhoMayKnow() {
		String inn = TestInns.organisation(1003);
		long clientId = registerActive(inn);
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String card = admin.get("/clients/" + clientId).body();
		admin.postForm("/clients/" + clientId + "/status", Map.of("status", "BLOCKED", "reason", "Санкции банка",
				"confirmed", "true", "_csrf", PortalHttp.csrfOf(card)));
		admin.postForm("/clients/" + clientId + "/assignments",
				Map.of("distributorId", Long.toString(distributorId("GAMMA")), "_csrf", PortalHttp.csrfOf(card)));

		String asAdmin = admin.get("/clients/" + clientId).body();
		String asAlfa = browser().loggedInAs("alfa.manager", "demo").get("/clients/" + clientId).body();
		String asGamma = browser().loggedInAs("gamma.manager", "demo").get("/clients/" + clientId).body();

		assertThat(asAdmin).contains("Санкции банка", "Активен → Заблокирован", "Закреплён за дистрибьютором · GAMMA",
				"alfa.manager");
		assertThat(asAlfa).contains("Санкции банка", "Регистрация").doesNotContain("· GAMMA");
		assertThat(asGamma).contains("Санкции банка", "· GAMMA").doesNotContain("alfa.manager");
	}

	@Test
	void theManufacturerRegisteringAnExistingClientForADistributorAssignsItWithoutARequest() {
		String inn = TestInns.organisation(1004);
		long clientId = registerActive(inn);
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		Map<String, String> form = form(inn, "Тот же клиент");
		form.put("distributorId", Long.toString(distributorId("GAMMA")));

		HttpResponse<String> response = admin.submit("/clients/new", "/clients", form);

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/clients/" + clientId));
		assertThat(count(inn)).isEqualTo(1);
		assertThat(browser().api("/api/v1/clients/" + clientId, "gamma.manager", "demo").statusCode()).isEqualTo(200);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from client_requests where inn = ? and kind = 'ASSIGNMENT'")
			.param(inn)
			.query(Long.class)
			.single())).isZero();
	}

	@Test
	void invalidRegistrationsAreAnsweredFieldByField() throws Exception {
		HttpResponse<String> api = browser().apiSend("POST", "/api/v1/clients",
				"{\"inn\":\"7707083894\",\"name\":\"X\",\"segment\":\"Оптовик\",\"regionCode\":\"77\",\"kpp\":\"1\"}",
				"alfa.manager", "demo");
		PortalHttp page = browser().loggedInAs("alfa.manager", "demo");
		Map<String, String> form = form("500100732259", "ИП Иванов");
		form.put("kpp", "500101001");
		HttpResponse<String> html = page.submit("/clients/new", "/clients", form);

		assertThat(api.statusCode()).isEqualTo(422);
		JsonNode errors = json.readTree(api.body()).get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString()).toList()).containsExactly("inn", "kpp",
				"segment");
		assertThat(api.body()).contains("Invalid INN");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains("У индивидуального предпринимателя (ИНН из 12 цифр) нет КПП");
	}

	private long registerActive(String inn) {
		HttpResponse<String> created = browser().apiSend("POST", "/api/v1/clients",
				body(inn, "ООО \"Клиент " + inn + "\""), "alfa.manager", "demo");
		long id = json.readTree(created.body()).get("id").asLong();
		PortalHttp analyst = browser().loggedInAs("analyst", "demo");
		analyst.postForm("/clients/requests/decide", Map.of("ids", Long.toString(requestId(inn, "REGISTRATION")),
				"decision", "approve", "_csrf", PortalHttp.csrfOf(analyst.get("/clients/requests").body())));
		return id;
	}

	private long requestId(String inn, String kind) {
		return asSystem(
				() -> jdbc.sql("select id from client_requests where inn = ? and kind = ? order by id desc limit 1")
					.params(inn, kind)
					.query(Long.class)
					.single());
	}

	private long count(String inn) {
		return asSystem(
				() -> jdbc.sql("select count(*) from clients where inn = ?").param(inn).query(Long.class).single());
	}

	static Map<String, String> form(String inn, String name) {
		Map<String, String> form = new HashMap<>();
		form.put("inn", inn);
		form.put("name", name);
		form.put("segment", "INSTALLER");
		form.put("regionCode", "77");
		form.put("city", "Москва");
		form.put("contactName", "Пётр Сидоров");
		form.put("contactEmail", "petr@example.com");
		return form;
	}

	static String body(String inn, String name) {
		return "{\"inn\":\"" + inn + "\",\"name\":\"" + name.replace("\"", "\\\"")
				+ "\",\"segment\":\"Монтажная организация\",\"regionCode\":\"77\",\"city\":\"Москва\","
				+ "\"contacts\":[{\"name\":\"Анна\",\"email\":\"anna@example.com\",\"phone\":\"+7 495 000-00-00\"}]}";
	}

}
