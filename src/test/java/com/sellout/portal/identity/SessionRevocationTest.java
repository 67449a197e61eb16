package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.sql.DataSource;

import com.sellout.portal.support.OwnPassword;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.SecondNode;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: a web session started on one is served by the other, and
 * what an administrator does on one node — deactivating a person or their distributor,
 * another role, a password reset — ends that person's sessions on both at their next
 * request. A person's own new password keeps the session that set it and ends the others.
 * Every change is made through the page's own form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionRevocationTest extends PortalTest {

	private static final String PASSWORD = "session-pass-1";

	private static final String EXPORT = "/clients/export.csv";

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

	@Test
	void aDeactivatedUsersSessionNoLongerExportsClientsOnEitherNode() {
		String login = newManager("ALFA");
		PortalHttp tab = browser().loggedInAs(login, PASSWORD);
		String session = tab.sessionId().orElseThrow();
		assertThat(tab.get(EXPORT).statusCode()).isEqualTo(200);
		assertThat(onSecondNode(session, EXPORT).statusCode()).as("the session is served by the other node")
			.isEqualTo(200);
		assertThat(storedSessions(login)).as("the session is kept in the database, under its login").isEqualTo(1);

		PortalHttp admin = PortalHttp.at(secondBase).loggedInAs("admin", "demo");
		HttpResponse<String> done = PageForm.on(admin, "/admin/users/" + userId(login), "form[action$=/deactivate]")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);

		HttpResponse<String> ended = onSecondNode(session, EXPORT);
		assertRefused(ended);
		assertThat(ended.headers().firstValue("Location").orElse("")).as("the person is told why")
			.endsWith("/login?ended");
		assertThat(tab.get("/login?ended").body()).contains("Сеанс завершён");
		assertRefused(tab.get(EXPORT));
		assertThat(storedSessions(login)).as("the session is gone from the database").isZero();
	}

	@Test
	void aDeactivatedDistributorsPeopleAreLoggedOutAndStaySoWhenItComesBack() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String code = "SES" + (System.nanoTime() % 100000);
		admin.submit("/distributors/new", "/distributors", Map.of("code", code, "name", "ООО \"Сессия\"", "inn",
				TestInns.organisation((int) (System.nanoTime() % 1_000_000)), "reportingFrequency", "MONTHLY"));
		long distributor = distributorId(code);
		String login = newManager(code);
		PortalHttp tab = browser().loggedInAs(login, PASSWORD);
		assertThat(tab.get(EXPORT).statusCode()).isEqualTo(200);

		PortalHttp adminThere = PortalHttp.at(secondBase).loggedInAs("admin", "demo");
		PageForm.on(adminThere, "/distributors/" + distributor, "form[action$=/deactivate]").submit();
		PageForm.on(adminThere, "/distributors/" + distributor, "form[action$=/activate]").submit();

		assertRefused(tab.get(EXPORT));
		assertThat(browser().loggedInAs(login, PASSWORD).get(EXPORT).statusCode()).as("a new login works")
			.isEqualTo(200);
	}

	@Test
	void anotherRoleEndsTheSession() {
		String login = newManager("GAMMA");
		PortalHttp tab = browser().loggedInAs(login, PASSWORD);
		assertThat(tab.get("/").statusCode()).isEqualTo(200);

		PortalHttp admin = PortalHttp.at(secondBase).loggedInAs("admin", "demo");
		HttpResponse<String> saved = PageForm.on(admin, "/admin/users/" + userId(login) + "/edit", "form.stack")
			.choose("role", "Администратор дистрибьютора")
			.submit();
		assertThat(saved.statusCode()).isEqualTo(302);

		assertRefused(tab.get("/"));
		assertThat(PortalHttp.at(secondBase).loggedInAs(login, PASSWORD).get("/admin/users").statusCode())
			.as("logged in again, with the new role")
			.isEqualTo(200);
	}

	@Test
	void aPasswordResetEndsTheSession() {
		String login = newManager("BETA");
		PortalHttp tab = browser().loggedInAs(login, PASSWORD);
		assertThat(tab.get("/").statusCode()).isEqualTo(200);

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm.on(admin, "/admin/users/" + userId(login), "form[action$=/reset-password]").submit();
		assertThat(admin.get("/admin/users/" + userId(login)).body()).contains("generated-password");

		assertRefused(tab.get("/"));
		assertRefused(onSecondNode(tab.sessionId().orElse("none"), "/"));
	}

	@Test
	void aPersonsOwnNewPasswordKeepsThisSessionAndEndsTheOthers() {
		String login = newManager("ALFA");
		PortalHttp here = browser().loggedInAs(login, PASSWORD);
		PortalHttp elsewhere = PortalHttp.at(secondBase).loggedInAs(login, PASSWORD);

		HttpResponse<String> changed = PageForm.on(here, "/profile", "form[action$=/profile/password]")
			.fill("currentPassword", PASSWORD)
			.fill("newPassword", "session-pass-2")
			.fill("confirmation", "session-pass-2")
			.submit();
		assertThat(changed.statusCode()).isEqualTo(302);

		assertThat(here.get("/profile").body()).as("this session goes on").contains(login);
		assertThat(here.get(EXPORT).statusCode()).isEqualTo(200);
		assertRefused(elsewhere.get("/profile"));
	}

	@Test
	void aFailedLoginLeavesNoPasswordInTheStoredSession() {
		String login = newManager("BETA");
		PortalHttp tab = browser();
		assertThat(tab.login(login, "mistyped-secret-77").headers().firstValue("Location").orElse(""))
			.contains("error");
		String session = tab.sessionId().orElseThrow();
		byte[] stored = asSystem(() -> jdbc.sql("""
				select coalesce(string_agg(a.attribute_bytes, ''::bytea), ''::bytea) from spring_session_attributes a
				  join spring_session s on s.primary_id = a.session_primary_id""").query(byte[].class).single());
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("stored sessions exist")
			.isNotEmpty()
			.doesNotContain("mistyped-secret-77");
		assertThat(tab.get("/login?error").body()).contains("Неверный логин или пароль");
		assertThat(session).isNotBlank();
	}

	private long storedSessions(String login) {
		return asSystem(() -> jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(login)
			.query(Long.class)
			.single());
	}

	private String newManager(String distributorCode) {
		String login = "ses." + distributorCode.toLowerCase() + "." + System.nanoTime();
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users",
				Map.of("login", login, "name", "Сессия", "role", "DISTRIBUTOR_MANAGER", "distributorId",
						Long.toString(distributorId(distributorCode)), "password", "temporary-" + PASSWORD));
		assertThat(created.statusCode()).isEqualTo(302);
		// the person's own password, chosen at the first login; that session ends
		OwnPassword.chosen(browser(), login, "temporary-" + PASSWORD, PASSWORD).submit("/", "/logout", Map.of());
		return login;
	}

	/**
	 * The same browser's cookie sent to the other node (a balancer may send any request
	 * anywhere).
	 */
	private HttpResponse<String> onSecondNode(String session, String path) {
		return PortalHttp.at(secondBase).request("GET", path, null, null, "Cookie", "PORTALSESSION=" + session);
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("refused: sent to the login page").isIn(302, 401);
		if (response.statusCode() == 302) {
			assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
		}
	}

}
