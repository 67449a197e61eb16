package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Sha256;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal API tokens managed by their owner: issued on the profile page (a sensitive
 * action: right after login at once, in an older session after the password is given
 * again) or through the API, shown once, kept as a hash, listed, revoked by the owner
 * alone; a deactivated person's tokens and BI keys stay revoked when they come back.
 */
class PersonalTokensTest extends PortalTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private PersonalTokens tokens;

	@Autowired
	private BiKeys biKeys;

	@Autowired
	private UserAccounts users;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void rightAfterLoginThePageIssuesATokenAndShowsItOnce() {
		PortalHttp tab = browser().loggedInAs("beta.manager", "demo");
		PageForm form = PageForm.on(tab, "/profile", "[data-testid=personal-token-form]");
		assertThat(form.options("scope")).containsExactly("Только чтение", "Полный доступ");
		assertThat(form.options("validDays")).containsExactly("30 дней", "90 дней", "180 дней", "1 год");

		HttpResponse<String> issued = form.fill("name", "Скрипт выгрузки")
			.choose("scope", "Полный доступ")
			.choose("validDays", "30 дней")
			.submit();

		assertThat(issued.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(issued.body());
		String secret = page.select("[data-testid=new-personal-token]").text();
		assertThat(secret).startsWith(PersonalTokens.PREFIX).hasSizeGreaterThan(40);
		assertThat(page.select("[data-testid=personal-tokens] table").text()).contains("Скрипт выгрузки",
				"Полный доступ", "…" + secret.substring(secret.length() - 4), "не использовался");
		// shown once: neither the next visit nor the issuing address opened again
		// shows it
		assertThat(tab.get("/profile/tokens").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/profile#personal-tokens"));
		assertThat(tab.get("/profile").body()).contains("Скрипт выгрузки").doesNotContain(secret);
		// the browser's reload of the answer sends the same form again: nothing more is
		// issued
		HttpResponse<String> reloaded = form.submit();
		assertThat(reloaded.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(reloaded.body()).select("[data-testid=already-issued]").text())
			.startsWith("Этот токен уже выпущен и был показан один раз");
		assertThat(reloaded.body()).doesNotContain("data-testid=\"new-personal-token\"");
		assertThat(asSystem(() -> jdbc.sql("select count(*) from personal_tokens where name = 'Скрипт выгрузки'")
			.query(Long.class)
			.single())).isEqualTo(1);
		Map<String, Object> stored = asSystem(() -> jdbc
			.sql("""
					select scope, hint, expires_at between now() + interval '29 days' and now() + interval '31 days' as month
					  from personal_tokens where token_hash = ?""")
			.param(Sha256.hex(secret))
			.query()
			.singleRow());
		assertThat(stored).containsEntry("scope", "FULL")
			.containsEntry("hint", secret.substring(secret.length() - 4))
			.containsEntry("month", true);
		long rowsWithSecret = asSystem(
				() -> jdbc.sql("select count(*) from personal_tokens t where position(? in t::text) > 0")
					.param(secret)
					.query(Long.class)
					.single());
		assertThat(rowsWithSecret).isZero();
		List<String> audit = asSystem(() -> jdbc.sql("""
				select details from audit_events where action = 'PERSONAL_TOKEN_ISSUED' and actor = 'beta.manager'
				 order by id""").query(String.class).list());
		assertThat(audit).isNotEmpty()
			.last()
			.asString()
			.contains("Скрипт выгрузки", "FULL", secret.substring(secret.length() - 4))
			.doesNotContain(secret);
	}

	@Test
	void anOlderSessionIssuesOnlyAfterThePasswordIsGivenAgain() {
		PortalHttp tab = browser().loggedInAs("gamma.manager", "demo");
		ageSession(tab, 11);
		PageForm form = PageForm.on(tab, "/profile", "[data-testid=personal-token-form]")
			.fill("name", "ноутбук")
			.choose("scope", "Только чтение");

		HttpResponse<String> asked = form.submit();

		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Подтвердите, что это вы")
			.doesNotContain("data-testid=\"new-personal-token\"");
		assertThat(asSystem(() -> jdbc.sql("select count(*) from personal_tokens where user_id = ? and name = ?")
			.params(userId("gamma.manager"), "ноутбук")
			.query(Long.class)
			.single())).isZero();
		PageForm confirmation = PageForm.in(tab, asked, "/profile/tokens", "[data-testid=reauthenticate] form");
		assertThat(confirmation.value("name")).isEqualTo("ноутбук");

		HttpResponse<String> wrong = PageForm.in(tab, asked, "/profile/tokens", "[data-testid=reauthenticate] form")
			.fill("reauthSecret", "not-my-password")
			.submit();
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("Пароль или код не подошёл").doesNotContain(PersonalTokens.PREFIX);

		HttpResponse<String> issued = confirmation.fill("reauthSecret", "demo").submit();

		assertThat(issued.statusCode()).isEqualTo(200);
		String secret = Jsoup.parse(issued.body()).select("[data-testid=new-personal-token]").text();
		assertThat(secret).startsWith(PersonalTokens.PREFIX);
		assertThat(Jsoup.parse(issued.body()).select("[data-testid=personal-tokens] table").text()).contains("ноутбук",
				"Только чтение");
		// the confirmation counts for the next few minutes: the next token issues at once
		HttpResponse<String> next = PageForm.on(tab, "/profile", "[data-testid=personal-token-form]")
			.fill("name", "второй")
			.submit();
		assertThat(Jsoup.parse(next.body()).select("[data-testid=new-personal-token]").text())
			.startsWith(PersonalTokens.PREFIX);
	}

	@Test
	void aTokenNeedsANameAndAValidityThePageOffers() {
		PortalHttp tab = browser().loggedInAs("alfa.admin", "demo");
		PageForm form = PageForm.on(tab, "/profile", "[data-testid=personal-token-form]");

		HttpResponse<String> nameless = form.fill("name", "  ").submit();
		HttpResponse<String> forever = tab.postForm(form.action(), Map.of("name", "forever", "scope", "FULL",
				"validDays", "99999", "_csrf", PortalHttp.csrfOf(tab.get("/profile").body())));

		assertThat(nameless.body()).contains("Назовите токен").doesNotContain("data-testid=\"new-personal-token\"");
		assertThat(forever.body()).contains("Выберите срок из списка")
			.doesNotContain("data-testid=\"new-personal-token\"");
	}

	@Test
	void theOwnerRevokesATokenOnThePageAndNobodyElseCan() {
		String login = newPerson("ALFA");
		PortalHttp owner = browser().loggedInAs(login, PASSWORD);
		PageForm.on(owner, "/profile", "[data-testid=personal-token-form]").fill("name", "to revoke").submit();
		PersonalTokens.PersonalToken token = asUser(login, () -> tokens.mine()).get(0);
		String revokeForm = "[data-testid=personal-tokens] form[action$=/tokens/" + token.id() + "/revoke]";

		for (String other : List.of("alfa.admin", "beta.admin", "admin")) {
			HttpResponse<String> forged = PageForm.on(owner, "/profile", revokeForm)
				.submitFrom(browser().loggedInAs(other, "demo"), "/profile");
			assertThat(forged.statusCode()).as(other).isEqualTo(404);
			assertThatThrownBy(() -> asUser(other, () -> {
				tokens.revoke(token.id());
				return null;
			})).as(other).isInstanceOf(NotFoundException.class);
		}
		assertThat(asUser(login, () -> tokens.mine()).get(0).revokedAt()).isNull();

		HttpResponse<String> revoked = PageForm.on(owner, "/profile", revokeForm).submit();

		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(owner.get("/profile").body()).contains("Токен отозван.");
		assertThat(asUser(login, () -> tokens.mine()).get(0).revokedAt()).isNotNull();
		assertThat(asSystem(() -> jdbc
			.sql("select details from audit_events where action = 'PERSONAL_TOKEN_REVOKED' and actor = ? order by id")
			.param(login)
			.query(String.class)
			.list())).singleElement().asString().contains("to revoke", "READ_ONLY", token.hint());
	}

	@Test
	void theApiListsIssuesAndRevokesOnlyTheCallersOwnTokens() {
		String login = newPerson("BETA");
		PortalHttp api = browser();

		HttpResponse<String> created = api.apiSend("POST", "/api/v1/me/tokens",
				"{\"name\":\"CI\",\"scope\":\"READ_ONLY\",\"expiresInDays\":365}", login, PASSWORD);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode issued = json.readTree(created.body());
		String secret = issued.path("token").asString();
		long id = issued.path("id").asLong();
		assertThat(secret).startsWith(PersonalTokens.PREFIX);
		assertThat(issued.path("scope").asString()).isEqualTo("READ_ONLY");
		assertThat(issued.path("hint").asString()).isEqualTo(secret.substring(secret.length() - 4));

		HttpResponse<String> listed = api.api("/api/v1/me/tokens", login, PASSWORD);
		assertThat(listed.statusCode()).isEqualTo(200);
		JsonNode list = json.readTree(listed.body());
		assertThat(list).hasSize(1);
		JsonNode first = list.get(0);
		assertThat(first.path("id").asLong()).isEqualTo(id);
		assertThat(first.path("name").asString()).isEqualTo("CI");
		assertThat(first.has("expiresAt")).isTrue();
		assertThat(first.has("lastUsedAt")).isTrue();
		assertThat(first.has("revokedAt")).isTrue();
		assertThat(listed.body()).doesNotContain(secret).doesNotContain(Sha256.hex(secret)).doesNotContain("\"token\"");

		// someone else's list does not hold it, and they cannot revoke it
		assertThat(api.api("/api/v1/me/tokens", "beta.admin", "demo").body()).doesNotContain("\"id\":" + id + ",");
		HttpResponse<String> foreign = api.request("DELETE", "/api/v1/me/tokens/" + id, null, null, "Authorization",
				basic("beta.admin", "demo"));
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(api
			.request("DELETE", "/api/v1/me/tokens/987654321", null, null, "Authorization", basic(login, PASSWORD))
			.statusCode()).isEqualTo(404);

		HttpResponse<String> deleted = api.request("DELETE", "/api/v1/me/tokens/" + id, null, null, "Authorization",
				basic(login, PASSWORD));

		assertThat(deleted.statusCode()).isEqualTo(204);
		JsonNode after = json.readTree(api.api("/api/v1/me/tokens", login, PASSWORD).body());
		assertThat(after.get(0).path("revokedAt").isNull()).isFalse();
		assertThat(api.request("GET", "/api/v1/me", null, null, "Authorization", "Bearer " + secret).statusCode())
			.isEqualTo(401);
	}

	@Test
	void theApiRefusesAValidityItDoesNotOfferAndAnUnknownScope() {
		HttpResponse<String> forever = browser().apiSend("POST", "/api/v1/me/tokens",
				"{\"name\":\"x\",\"scope\":\"FULL\",\"expiresInDays\":10000}", "alfa.manager", "demo");
		HttpResponse<String> godMode = browser().apiSend("POST", "/api/v1/me/tokens",
				"{\"name\":\"x\",\"scope\":\"ROOT\",\"expiresInDays\":30}", "alfa.manager", "demo");

		assertThat(forever.statusCode()).isEqualTo(422);
		assertThat(forever.body()).contains("expiresInDays").doesNotContain(PersonalTokens.PREFIX);
		assertThat(godMode.statusCode()).isEqualTo(422);
		assertThat(godMode.body()).contains("scope");
	}

	@Test
	void integrationAccountsHaveNoPersonalTokens() {
		assertThatThrownBy(() -> asUser("alfa.1c", () -> tokens.issue("1C", PersonalTokens.Scope.FULL, 30)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(browser().api("/api/v1/me/tokens", "alfa.1c", "demo").statusCode()).isEqualTo(403);
	}

	@Test
	void deactivationRevokesTheTokensAndBiKeysForGood() {
		String login = newPerson("ALFA");
		long id = userId(login);
		String token = asUser(login, () -> tokens.issue("laptop", PersonalTokens.Scope.FULL, 90)).secret();
		String key = asUser(login, () -> biKeys.issue("Power BI", null)).secret();
		assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(browser().apiAnonymous("/odata/?key=" + key).statusCode()).isEqualTo(200);

		asUser("alfa.admin", () -> {
			users.setActive(id, false);
			return null;
		});
		HttpResponse<String> whileAway = bearer(token, "/api/v1/me");
		asUser("alfa.admin", () -> {
			users.setActive(id, true);
			return null;
		});

		assertThat(whileAway.statusCode()).isEqualTo(401);
		assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(401);
		assertThat(browser().api("/api/v1/me", login, token).statusCode()).isEqualTo(401);
		assertThat(browser().apiAnonymous("/odata/?key=" + key).statusCode()).isEqualTo(401);
		assertThat(asUser(login, () -> tokens.mine())).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
		assertThat(asUser(login, () -> biKeys.mine())).allSatisfy(k -> assertThat(k.revokedAt()).isNotNull());
		// back, they log in with their password as before
		assertThat(browser().api("/api/v1/me", login, PASSWORD).statusCode()).isEqualTo(200);
	}

	private static final String PASSWORD = "demo-demo-1";

	private String newPerson(String distributor) {
		String login = "ptoken." + System.nanoTime();
		asSystem(() -> users.register(login, PASSWORD, "Владелец токенов", null, Role.DISTRIBUTOR_MANAGER,
				distributorId(distributor)));
		return login;
	}

	private HttpResponse<String> bearer(String token, String path) {
		return browser().request("GET", path, null, null, "Authorization", "Bearer " + token);
	}

	private static String basic(String login, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** As if the tab had logged in that many minutes ago. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void ageSession(PortalHttp tab, int minutes) {
		String cookie = tab.sessionId().orElseThrow();
		String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		SessionRepository raw = sessions;
		Session session = raw.findById(id);
		assertThat(session).as("the tab's stored session").isNotNull();
		assertThat(session.<Long>getAttribute(Reauthentication.AUTHENTICATED_AT)).as("login marks the session")
			.isNotNull();
		session.setAttribute(Reauthentication.AUTHENTICATED_AT, System.currentTimeMillis() - minutes * 60_000L);
		raw.save(session);
	}

}
