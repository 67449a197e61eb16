package com.sellout.portal.identity;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sensitive actions from a browser whose password is older than the window: the
 * confirmation form carries what was submitted; a wrong password is refused (401,
 * audited), the right one does the action. An export link goes through /reauth and back.
 */
class ReauthenticationTest extends PortalTest {

	private static final String CONFIRMATION = "[data-testid=reauthenticate] form";

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Autowired
	private UserAccounts users;

	@Test
	void aBiKeyIsIssuedOnlyAfterTheRightPassword() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");
		PageForm form = PageForm.on(tab, "/profile", "[data-testid=bi-key-form]").fill("name", "Power BI, aged");
		age(tab);

		HttpResponse<String> asked = form.submit();
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Подтвердите, что это вы").doesNotContain("data-testid=\"new-bi-key\"");
		// the person's own layout: their name, the manufacturer's menu, the logout
		assertThat(Jsoup.parse(asked.body()).select("form[action=/logout]")).isNotEmpty();
		assertThat(Jsoup.parse(asked.body()).select("a[href=/distributors]")).isNotEmpty();
		PageForm confirmation = PageForm.in(tab, asked, "/profile/bi-keys", CONFIRMATION);
		assertThat(confirmation.value("name")).as("what was submitted is carried").isEqualTo("Power BI, aged");
		assertThat(confirmation.action()).isEqualTo("/profile/bi-keys");

		long failures = audited("REAUTHENTICATION_FAILED", "analyst");
		HttpResponse<String> wrong = confirmation.fill("reauthSecret", "not-my-password").submit();
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("data-testid=\"reauth-failed\"").doesNotContain("data-testid=\"new-bi-key\"");
		assertThat(audited("REAUTHENTICATION_FAILED", "analyst")).isEqualTo(failures + 1);
		assertThat(keysNamed("Power BI, aged")).isZero();

		String before = storedId(tab);
		HttpResponse<String> done = PageForm.in(tab, wrong, "/profile/bi-keys", CONFIRMATION)
			.fill("reauthSecret", "demo")
			.submit();
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("data-testid=\"new-bi-key\"");
		assertThat(storedId(tab)).as("a new session id once the password is given again, as at login")
			.isNotEqualTo(before);
		assertThat(sessions.findById(before)).as("the old id is gone").isNull();
		assertThat(keysNamed("Power BI, aged")).isEqualTo(1);
		assertThat(audited("REAUTHENTICATED", "analyst")).isPositive();

		// confirmed just now: the next sensitive action is not asked again
		assertThat(PageForm.on(tab, "/profile", "[data-testid=bi-key-form]").fill("name", "second").submit().body())
			.contains("data-testid=\"new-bi-key\"");
	}

	@Test
	void aFreshLoginIsRecentEnough() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");
		PageForm form = PageForm.on(tab, "/profile", "[data-testid=bi-key-form]").fill("name", "fresh login");
		HttpResponse<String> done = form.submit();
		assertThat(done.body()).contains("data-testid=\"new-bi-key\"");
		// reloading the page that showed the key issues no second one
		HttpResponse<String> reloaded = form.submit();
		assertThat(reloaded.body()).contains("data-testid=\"already-issued\"")
			.doesNotContain("data-testid=\"new-bi-key\"");
		assertThat(keysNamed("fresh login")).isEqualTo(1);
	}

	@Test
	void theManufacturersExportGoesThroughTheConfirmationPageAndBack() {
		PortalHttp tab = browser().loggedInAs("admin", "demo");
		age(tab);
		HttpResponse<String> link = tab.request("GET", "/clients/export.csv?status=ACTIVE", null, null, "Referer",
				baseUrl() + "/clients?status=ACTIVE");
		assertThat(link.statusCode()).isEqualTo(302);
		String location = link.headers().firstValue("Location").orElseThrow();
		assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8))
			.endsWith("/reauth?continue=/clients/export.csv?status=ACTIVE&back=/clients?status=ACTIVE");
		String page = location.replaceFirst("^https?://[^/]+", "");
		assertThat(Jsoup.parse(tab.get(page).body()).selectFirst("[data-testid=reauth-cancel]").attr("href"))
			.as("the way back to the list")
			.isEqualTo("/clients?status=ACTIVE");

		HttpResponse<String> wrong = PageForm.on(tab, page, CONFIRMATION).fill("reauthSecret", "nope").submit();
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(Jsoup.parse(wrong.body()).selectFirst("[data-testid=reauth-cancel]").attr("href"))
			.isEqualTo("/clients?status=ACTIVE");
		HttpResponse<String> confirmed = PageForm.in(tab, wrong, page, CONFIRMATION)
			.fill("reauthSecret", "demo")
			.submit();
		// a page that says so (after a redirect: a reload sends no password again) and
		// goes on to the download by itself, with the way back
		assertThat(confirmed.statusCode()).isEqualTo(302);
		String donePage = confirmed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(URLDecoder.decode(donePage, StandardCharsets.UTF_8)).startsWith("/reauth/done?");
		var done = Jsoup.parse(tab.get(donePage).body());
		assertThat(done.selectFirst("meta[http-equiv=refresh]").attr("content"))
			.isEqualTo("0;url=/clients/export.csv?status=ACTIVE");
		assertThat(done.selectFirst("[data-testid=reauth-back]").attr("href")).isEqualTo("/clients?status=ACTIVE");
		HttpResponse<byte[]> file = tab.download("/clients/export.csv?status=ACTIVE");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		// the log names what the password was given for: the export, not the confirmation
		// page
		assertThat(asSystem(() -> jdbc
			.sql("select details from audit_events where action = 'REAUTHENTICATED' and actor = 'admin'"
					+ " order by id desc limit 1")
			.query(String.class)
			.single())).isEqualTo("GET /clients/export.csv?status=ACTIVE");
	}

	/**
	 * Too many wrong passwords: even the right one is not checked, and the page says why.
	 */
	@Test
	void aThrottledConfirmationSaysSo() {
		asSystem(() -> users.register("reauth.throttled", "old-password-1", "Много Попыток", null,
				Role.DISTRIBUTOR_MANAGER, distributorId("GAMMA")));
		PortalHttp tab = browser().loggedInAs("reauth.throttled", "old-password-1");
		age(tab);
		HttpResponse<String> asked = PageForm.on(tab, "/profile", "[data-testid=bi-key-form]")
			.fill("name", "throttled")
			.submit();
		HttpResponse<String> answer = asked;
		for (int i = 0; i < 5; i++) {
			answer = PageForm.in(tab, answer, "/profile/bi-keys", CONFIRMATION)
				.fill("reauthSecret", "wrong-" + i)
				.submit();
		}
		HttpResponse<String> right = PageForm.in(tab, answer, "/profile/bi-keys", CONFIRMATION)
			.fill("reauthSecret", "old-password-1")
			.submit();
		assertThat(right.statusCode()).isEqualTo(401);
		assertThat(Jsoup.parse(right.body()).select("[data-testid=reauth-failed]").text())
			.startsWith("Слишком много неудачных попыток. Повторите через");
		assertThat(keysNamed("throttled")).isZero();
		asSystem(() -> jdbc.sql("delete from login_throttle").update());
	}

	@Test
	void aDistributorsOwnExportIsNotAsked() {
		PortalHttp tab = browser().loggedInAs("alfa.manager", "demo");
		age(tab);
		assertThat(tab.download("/clients/export.xlsx").statusCode()).isEqualTo(200);
	}

	@Test
	void anAnalystIsCreatedOnlyAfterTheRightPasswordADistributorsManagerWithout() {
		PortalHttp tab = browser().loggedInAs("admin", "demo");
		age(tab);
		HttpResponse<String> asked = PageForm.on(tab, "/admin/users/new", "form[action$=/admin/users]")
			.fill("login", "aged.analyst")
			.fill("name", "Аналитик Проверка")
			.choose("role", "Аналитик производителя")
			.submit();
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Подтвердите, что это вы");
		assertThat(exists("aged.analyst")).isFalse();
		HttpResponse<String> done = PageForm.in(tab, asked, "/admin/users", CONFIRMATION)
			.fill("reauthSecret", "demo")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(exists("aged.analyst")).isTrue();

		age(tab);
		HttpResponse<String> manager = PageForm
			.on(tab, "/admin/users/new?distributor=" + distributorId("ALFA"), "form[action$=/admin/users]")
			.fill("login", "aged.manager")
			.fill("name", "Менеджер Проверка")
			.submit();
		assertThat(manager.statusCode()).as("a distributor's manager needs no confirmation").isEqualTo(302);
		assertThat(exists("aged.manager")).isTrue();
	}

	@Test
	void anIntegrationTokenIsIssuedOnlyAfterConfirmation() {
		PortalHttp tab = browser().loggedInAs("alfa.admin", "demo");
		String card = "/admin/users/" + userId("alfa.1c");
		age(tab);
		HttpResponse<String> asked = PageForm.on(tab, card, "form[action$=/tokens]")
			.fill("name", "aged token")
			.submit();
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Подтвердите, что это вы");
		HttpResponse<String> done = PageForm.in(tab, asked, card + "/tokens", CONFIRMATION)
			.fill("reauthSecret", "demo")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(tab.get(card).body()).contains("data-testid=\"new-token\"");
	}

	/**
	 * A distributor's integration settings — its e-mail intake (label and senders), a new
	 * intake address, how its reports arrive — each only after the password again.
	 */
	@Test
	void anIntegrationAccountsIntakeSettingsChangeOnlyAfterConfirmation() {
		long account = asSystem(() -> users.register("reauth.intake", "intake-pass-1", "Обмен ALFA", null,
				Role.INTEGRATION, distributorId("ALFA")));
		PortalHttp tab = browser().loggedInAs("alfa.admin", "demo");
		String card = "/admin/users/" + account;
		for (String action : List.of("/mail-intake", "/mail-intake/regenerate", "/delivery-mode")) {
			age(tab);
			HttpResponse<String> asked = PageForm.on(tab, card, "form[action$='" + action + "']").submit();
			assertThat(asked.statusCode()).as(action).isEqualTo(200);
			assertThat(asked.body()).as(action).contains("Подтвердите, что это вы");
			HttpResponse<String> done = PageForm.in(tab, asked, card + action, CONFIRMATION)
				.fill("reauthSecret", "demo")
				.submit();
			assertThat(done.statusCode()).as(action).isEqualTo(302);
			assertThat(done.headers().firstValue("Location").orElse("")).as(action).endsWith(card);
		}
	}

	@Test
	void whoMayNotActIsRefusedNotAskedForAPassword() {
		PortalHttp admin = browser().loggedInAs("alfa.admin", "demo");
		PageForm form = PageForm.on(admin, "/admin/users/" + userId("alfa.1c"), "form[action$=/tokens]")
			.fill("name", "forged");
		PortalHttp manager = browser().loggedInAs("alfa.manager", "demo");
		age(manager);
		assertThat(form.submitFrom(manager, "/profile").statusCode()).isEqualTo(403);
	}

	@Test
	void anUnannotatedFormIsUnaffected() {
		PortalHttp tab = browser().loggedInAs("beta.manager", "demo");
		age(tab);
		HttpResponse<String> saved = PageForm.on(tab, "/profile", "form[action$=/profile]").submit();
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/profile");
	}

	/**
	 * A password link goes to the profile's e-mail address: an older session changes it
	 * only after the password again; the other details need nothing.
	 */
	@Test
	void theOwnEmailAddressChangesOnlyAfterThePasswordAgain() {
		asSystem(() -> users.register("reauth.mail", "old-password-1", "Почта Проверка", "before@example.ru",
				Role.DISTRIBUTOR_MANAGER, distributorId("BETA")));
		PortalHttp tab = browser().loggedInAs("reauth.mail", "old-password-1");
		age(tab);
		HttpResponse<String> phone = PageForm.on(tab, "/profile", "form[action$=/profile]")
			.fill("phone", "+7 900 000-00-01")
			.submit();
		assertThat(phone.statusCode()).isEqualTo(302);

		HttpResponse<String> asked = PageForm.on(tab, "/profile", "form[action$=/profile]")
			.fill("email", "after@example.ru")
			.submit();
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Подтвердите, что это вы");
		assertThat(emailOf("reauth.mail")).isEqualTo("before@example.ru");
		HttpResponse<String> done = PageForm.in(tab, asked, "/profile", CONFIRMATION)
			.fill("reauthSecret", "old-password-1")
			.submit();
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(emailOf("reauth.mail")).isEqualTo("after@example.ru");
	}

	private String emailOf(String login) {
		return asSystem(
				() -> jdbc.sql("select email from users where login = ?").param(login).query(String.class).single());
	}

	/** The session's password is older than the window, as if given 11 minutes ago. */
	private void age(PortalHttp tab) {
		age(sessions, storedId(tab));
	}

	/** The id the session is stored under (the cookie holds it base64-encoded). */
	private static String storedId(PortalHttp tab) {
		String cookie = tab.sessionId().orElseThrow();
		try {
			return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			return cookie;
		}
	}

	private static <S extends Session> void age(SessionRepository<S> repository, String id) {
		S session = repository.findById(id);
		assertThat(session).as("the tab's session is stored").isNotNull();
		session.setAttribute(Reauthentication.AUTHENTICATED_AT,
				System.currentTimeMillis() - Duration.ofMinutes(11).toMillis());
		repository.save(session);
	}

	private long audited(String action, String actor) {
		return asSystem(() -> jdbc.sql("select count(*) from audit_events where action = ? and actor = ?")
			.params(action, actor)
			.query(Long.class)
			.single());
	}

	private long keysNamed(String name) {
		return asSystem(
				() -> jdbc.sql("select count(*) from bi_keys where name = ?").param(name).query(Long.class).single());
	}

	private boolean exists(String login) {
		return asSystem(() -> jdbc.sql("select count(*) from users where login = ?")
			.param(login)
			.query(Long.class)
			.single()) > 0;
	}

}
