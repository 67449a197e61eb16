package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.sellout.portal.support.OwnPassword;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.SecondNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the web sessions a person sees on their profile and over the API, and ends
 * there; an administrator ends a person's sessions from the user card. An ended session's
 * cookie is refused at its next request — on the other node too. Every page action is the
 * page's own form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSessionListTest extends PortalTest {

	private static final String PASSWORD = "web-session-1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OTHER_SESSION_FORM = "[data-testid=web-session]:not(:has([data-testid=current-session])) form";

	@Autowired
	private DataSource dataSource;

	private ConfigurableApplicationContext second;

	private String secondBase;

	@BeforeAll
	void startSecondNode() {
		second = SecondNode.on(dataSource, "--portal.ftp.enabled=false", "--portal.jobs.enabled=false",
				"--portal.mail.smtp.host=127.0.0.1", "--portal.mail.imap.host=127.0.0.1");
		secondBase = SecondNode.baseOf(second);
	}

	@AfterAll
	void stopSecondNode() {
		if (second != null) {
			second.close();
		}
	}

	/**
	 * The cookie's id has 216 random bits (ASVS asks 128; Spring Session's UUIDs have
	 * 122), a new one at login, and the stored session is found by it.
	 */
	@Test
	void aSessionIdIsTwoHundredSixteenRandomBitsNewAtLogin() {
		PortalHttp tab = browser();
		tab.get("/login");
		String before = storedId(tab.sessionId().orElseThrow());
		tab.loggedInAs("beta.manager", "demo");
		String id = storedId(tab.sessionId().orElseThrow());
		assertThat(id).matches("[A-Za-z0-9_-]{36}").isNotEqualTo(before);
		assertThat(Base64.getUrlDecoder().decode(id)).hasSize(27);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single())).isEqualTo(1);
	}

	private static String storedId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	@Test
	void twoLoginsAreListedAndEndingOneRefusesItsCookie() {
		String login = newPerson("ALFA", "DISTRIBUTOR_MANAGER");
		PortalHttp laptop = loggedIn(browser(), login);
		PortalHttp phone = loggedIn(browser(), login);
		asSystem(() -> jdbc.sql("update web_sessions set user_agent = ? where user_id = ? and handle = cast(? as uuid)")
			.params("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
					+ "Chrome/131.0.0.0 Safari/537.36", userId(login), handleOf(phone))
			.update());

		HttpResponse<String> profile = laptop.get("/profile");
		Document page = Jsoup.parse(profile.body());
		List<Element> rows = page.select("[data-testid=web-session]");
		assertThat(rows).as("both logins are listed").hasSize(2);
		assertThat(page.select("[data-testid=current-session]")).hasSize(1);
		assertThat(page.select("[data-testid=current-session]").text()).isEqualTo("Этот сеанс");
		assertThat(page.select("[data-testid=web-sessions]").text()).contains("Chrome 131 · Windows")
			.contains("127.0.0.1")
			.contains("Выйти на всех устройствах");
		for (PortalHttp tab : List.of(laptop, phone)) {
			String cookie = tab.sessionId().orElseThrow();
			assertThat(profile.body()).as("the page names sessions by handle, never by id or cookie")
				.doesNotContain(cookie)
				.doesNotContain(new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8));
		}

		PageForm end = PageForm.on(laptop, "/profile", OTHER_SESSION_FORM);
		assertThat(end.action()).contains(handleOf(phone));
		HttpResponse<String> ended = end.submit();
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(laptop.get("/profile").body()).contains("Сеанс завершён.");

		assertEndedAt(phone.get("/profile"));
		assertThat(laptop.get("/profile").statusCode()).as("the session that ended the other goes on").isEqualTo(200);
		assertThat(Jsoup.parse(laptop.get("/profile").body()).select("[data-testid=web-session]")).hasSize(1);
		assertThat(auditDetails(login)).anySatisfy(details -> assertThat(details).contains("127.0.0.1")
			.contains("Chrome 131 · Windows")
			.contains("ended by self"));
	}

	@Test
	void logOutEverywhereEndsTheOthersAndKeepsThisOne() {
		String login = newPerson("BETA", "DISTRIBUTOR_MANAGER");
		PortalHttp here = loggedIn(browser(), login);
		PortalHttp two = loggedIn(browser(), login);
		PortalHttp three = loggedIn(PortalHttp.at(secondBase), login);

		HttpResponse<String> done = PageForm.on(here, "/profile", "form[data-testid=end-all-sessions]").submit();
		assertThat(done.statusCode()).isEqualTo(302);

		assertEndedAt(two.get("/profile"));
		assertEndedAt(three.get("/profile"));
		assertThat(here.get("/clients/export.csv").statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(here.get("/profile").body()).select("[data-testid=web-session]")).hasSize(1);
		assertThat(auditDetails(login)).hasSize(2);
	}

	@Test
	void anotherPersonsHandleIsUnknownOnPageAndApi() {
		String owner = newPerson("ALFA", "DISTRIBUTOR_MANAGER");
		String colleague = newPerson("ALFA", "DISTRIBUTOR_MANAGER");
		PortalHttp ownerTab = loggedIn(browser(), owner);
		loggedIn(browser(), owner);
		PortalHttp colleagueTab = loggedIn(browser(), colleague);

		PageForm ownerEnds = PageForm.on(ownerTab, "/profile", OTHER_SESSION_FORM);
		assertThat(ownerEnds.submitFrom(colleagueTab, "/profile").statusCode()).isEqualTo(404);
		String handle = ownerEnds.action().replaceAll(".*/sessions/([^/]+)/end$", "$1");
		assertThat(
				colleagueTab.apiSend("DELETE", "/api/v1/me/sessions/" + handle, "", colleague, PASSWORD).statusCode())
			.isEqualTo(404);
		assertThat(colleagueTab.apiSend("DELETE", "/api/v1/me/sessions/not-a-handle", "", colleague, PASSWORD)
			.statusCode()).isEqualTo(404);
		assertThat(colleagueTab.api("/api/v1/me/sessions", colleague, PASSWORD).body()).doesNotContain(handle);
		assertThat(Jsoup.parse(ownerTab.get("/profile").body()).select("[data-testid=web-session]"))
			.as("nothing of the owner's ended")
			.hasSize(2);
	}

	@Test
	void theApiListsAndEndsTheCallersSessions() {
		String login = newPerson("GAMMA", "DISTRIBUTOR_MANAGER");
		PortalHttp tab = loggedIn(browser(), login);
		String handle = handleOf(tab);

		HttpResponse<String> listed = browser().api("/api/v1/me/sessions", login, PASSWORD);
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode sessions = JSON.readTree(listed.body());
		assertThat(sessions).hasSize(1);
		JsonNode session = sessions.get(0);
		assertThat(session.path("id").asString()).isEqualTo(handle);
		assertThat(session.path("current").asBoolean()).as("an API call has no session of its own").isFalse();
		assertThat(session.path("address").asString()).isEqualTo("127.0.0.1");
		assertThat(session.path("browser").asString()).startsWith("Java-http-client");
		assertThat(session.path("startedAt").asString()).isNotBlank();
		assertThat(session.path("lastSeenAt").asString()).isNotBlank();
		assertThat(asSystem(() -> jdbc
			.sql("select s.max_inactive_interval from spring_session s"
					+ " join web_sessions w on w.session_primary_id = s.primary_id where w.handle = cast(? as uuid)")
			.param(handle)
			.query(Integer.class)
			.single())).as("the idle timeout, portal.security.sessions.idle-timeout").isEqualTo(8 * 3600);

		assertThat(browser().apiSend("DELETE", "/api/v1/me/sessions/" + handle, "", login, PASSWORD).statusCode())
			.isEqualTo(204);
		assertEndedAt(tab.get("/profile"));
		assertThat(browser().apiSend("DELETE", "/api/v1/me/sessions/" + handle, "", login, PASSWORD).statusCode())
			.as("an ended session is no longer there")
			.isEqualTo(404);
		assertThat(JSON.readTree(browser().api("/api/v1/me/sessions", login, PASSWORD).body())).isEmpty();
	}

	@Test
	void anAdministratorEndsAPersonsSessionsFromTheUserCard() {
		String login = newPerson("ALFA", "DISTRIBUTOR_MANAGER");
		PortalHttp one = loggedIn(browser(), login);
		PortalHttp two = loggedIn(PortalHttp.at(secondBase), login);
		PortalHttp admin = browser().loggedInAs("admin", "demo");

		HttpResponse<String> done = PageForm.on(admin, "/admin/users/" + userId(login), "form[action$=/sessions/end]")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/users/" + userId(login)).body()).contains("Все сеансы сотрудника завершены.");

		assertEndedAt(one.get("/profile"));
		assertEndedAt(two.get("/profile"));
		assertThat(admin.get("/profile").statusCode()).isEqualTo(200);
		assertThat(auditDetails(login)).hasSize(2)
			.allSatisfy(details -> assertThat(details).contains("ended by administrator admin"));
	}

	@Test
	void aDistributorsAdministratorEndsOnlyTheirOwnPeoplesSessions() {
		String alfaPerson = newPerson("ALFA", "DISTRIBUTOR_MANAGER");
		String betaPerson = newPerson("BETA", "DISTRIBUTOR_MANAGER");
		PortalHttp alfaTab = loggedIn(browser(), alfaPerson);
		PortalHttp betaTab = loggedIn(browser(), betaPerson);
		PortalHttp alfaAdmin = browser().loggedInAs("alfa.admin", "demo");
		PortalHttp admin = browser().loggedInAs("admin", "demo");

		PageForm betaCard = PageForm.on(admin, "/admin/users/" + userId(betaPerson), "form[action$=/sessions/end]");
		assertThat(betaCard.submitFrom(alfaAdmin, "/profile").statusCode()).as("another distributor's person")
			.isEqualTo(404);
		PageForm alfaCard = PageForm.on(admin, "/admin/users/" + userId(alfaPerson), "form[action$=/sessions/end]");
		assertThat(alfaCard.submitFrom(loggedIn(browser(), newPerson("ALFA", "DISTRIBUTOR_MANAGER")), "/profile")
			.statusCode()).as("a manager is no administrator").isEqualTo(403);
		assertThat(betaTab.get("/profile").statusCode()).isEqualTo(200);
		assertThat(alfaTab.get("/profile").statusCode()).isEqualTo(200);

		HttpResponse<String> done = PageForm
			.on(alfaAdmin, "/admin/users/" + userId(alfaPerson), "form[action$=/sessions/end]")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);
		assertEndedAt(alfaTab.get("/profile"));
		assertThat(betaTab.get("/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy() {
		String login = newPerson("BETA", "DISTRIBUTOR_MANAGER");
		PortalHttp tab = loggedIn(browser(), login);
		asSystem(() -> jdbc
			.sql("update web_sessions set started_at = now() - interval '12 hours 1 minute'"
					+ ", last_seen_at = now() where user_id = ?")
			.param(userId(login))
			.update());

		assertEndedAt(tab.get("/profile"));
		// (the session that chose the person's own password was logged out: no reason)
		assertThat(asSystem(
				() -> jdbc.sql("select end_reason from web_sessions where user_id = ? and end_reason is not null")
					.param(userId(login))
					.query(String.class)
					.single()))
			.isEqualTo("LIFETIME");
		assertThat(auditDetails(login)).singleElement()
			.satisfies(details -> assertThat(details).contains("ended by absolute lifetime"));
		assertThat(loggedIn(browser(), login).get("/profile").statusCode()).as("a new login works").isEqualTo(200);
	}

	@Test
	void aSessionEndedOnOneNodeIsRefusedOnTheOther() {
		String login = newPerson("GAMMA", "DISTRIBUTOR_MANAGER");
		PortalHttp here = loggedIn(browser(), login);
		PortalHttp there = loggedIn(PortalHttp.at(secondBase), login);
		String thereCookie = there.sessionId().orElseThrow();
		assertThat(onNode(baseUrl(), thereCookie, "/profile").statusCode()).as("served by either node").isEqualTo(200);

		PageForm.on(here, "/profile", OTHER_SESSION_FORM).submit();
		assertEndedAt(there.get("/profile"));
		assertEndedAt(onNode(baseUrl(), thereCookie, "/profile"));

		// and the other way round: listed and ended on the second node, refused on this
		// one
		PortalHttp againThere = loggedIn(PortalHttp.at(secondBase), login);
		assertThat(Jsoup.parse(againThere.get("/profile").body()).select("[data-testid=web-session]")).hasSize(2);
		PageForm.on(againThere, "/profile", OTHER_SESSION_FORM).submit();
		assertEndedAt(here.get("/profile"));
		assertThat(againThere.get("/profile").statusCode()).isEqualTo(200);
	}

	/** Logged in, and one page opened: the session is recorded at its first request. */
	private static PortalHttp loggedIn(PortalHttp tab, String login) {
		tab.loggedInAs(login, PASSWORD);
		assertThat(tab.get("/").statusCode()).isEqualTo(200);
		return tab;
	}

	private String handleOf(PortalHttp tab) {
		return Jsoup.parse(tab.get("/profile").body())
			.select("[data-testid=web-session]:has([data-testid=current-session])")
			.attr("data-session");
	}

	private List<String> auditDetails(String login) {
		return asSystem(() -> jdbc
			.sql("select details from audit_events where action = 'SESSION_ENDED' and target_id = ? order by id")
			.param(Long.toString(userId(login)))
			.query(String.class)
			.list());
	}

	private String newPerson(String distributorCode, String role) {
		String login = "ws." + distributorCode.toLowerCase() + "." + System.nanoTime();
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				Map.of("login", login, "name", "Сеансы", "role", role, "distributorId",
						Long.toString(distributorId(distributorCode)), "password", "temporary-" + PASSWORD));
		assertThat(created.statusCode()).isEqualTo(302);
		// the person's own password, chosen at the first login; that session ends
		OwnPassword.chosen(browser(), login, "temporary-" + PASSWORD, PASSWORD).submit("/", "/logout", Map.of());
		return login;
	}

	private static HttpResponse<String> onNode(String base, String cookie, String path) {
		return PortalHttp.at(base)
			.request("GET", path, null, null, "Accept", "text/html", "Cookie", "PORTALSESSION=" + cookie);
	}

	private static void assertEndedAt(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("refused: sent to the login page").isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).as("saying the session ended")
			.endsWith("/login?ended");
	}

}
