package com.sellout.portal.identity.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.identity.PersonalTokens.IssuedToken;
import com.sellout.portal.identity.PersonalTokens.Scope;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A personal API token authenticates its owner on the API and the BI feed, as a Bearer
 * token or as the Basic password next to the owner's login; a read-only one only reads; a
 * revoked or expired one, another login's or a wrong one is refused, and wrong ones are
 * throttled like wrong passwords. A token is never the password just given: issuing
 * another token with it alone asks for the password.
 */
class PersonalTokenAccessTest extends PortalTest {

	private static final String FEED = "/odata/";

	private static final String TOKENS = "/api/v1/me/tokens";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private PersonalTokens tokens;

	@Autowired
	private IntegrationAccounts integrations;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void aTokenActsAsItsOwnerAsBearerAndAsTheBasicPassword() {
		String token = issue("alfa.manager", Scope.READ_ONLY).secret();

		HttpResponse<String> bearer = bearer("GET", "/api/v1/me", token);
		HttpResponse<String> basic = browser().api("/api/v1/me", "alfa.manager", token);

		assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
		assertThat(json.readTree(bearer.body()).path("login").asString()).isEqualTo("alfa.manager");
		assertThat(basic.statusCode()).as(basic.body()).isEqualTo(200);
		assertThat(json.readTree(basic.body()).path("login").asString()).isEqualTo("alfa.manager");
		assertThat(bearer.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(basic.headers().allValues("Set-Cookie")).isEmpty();
		long used = asSystem(() -> jdbc
			.sql("select count(*) from personal_tokens where hint = ? and last_used_at > now() - interval '1 minute'")
			.param(token.substring(token.length() - 4))
			.query(Long.class)
			.single());
		assertThat(used).isEqualTo(1);
	}

	@Test
	void theFeedTakesATokenAsBearerAndAsTheBasicPasswordPowerBiSends() {
		String token = issue("beta.manager", Scope.READ_ONLY).secret();

		assertAdmitted(browser().api(FEED, "beta.manager", token));
		assertAdmitted(browser().api(FEED + "$metadata", "beta.manager", token));
		assertAdmitted(bearer("GET", FEED, token));
	}

	@Test
	void anotherLoginWithTheTokenAsPasswordIsRefused() {
		String token = issue("gamma.manager", Scope.FULL).secret();

		assertChallenged(browser().api("/api/v1/me", "gamma.admin", token));
		assertChallenged(browser().api(FEED, "gamma.admin", token));
	}

	@Test
	void aReadOnlyTokenOnlyReads() {
		String token = issue("alfa.admin", Scope.READ_ONLY).secret();

		HttpResponse<String> post = browser().request("POST", TOKENS, "application/json",
				"{\"name\":\"more\",\"scope\":\"FULL\",\"expiresInDays\":30}".getBytes(), "Authorization",
				"Bearer " + token, "X-Reauthenticate", "demo");
		HttpResponse<String> delete = browser().request("DELETE", TOKENS + "/1", null, null, "Authorization",
				basicHeader("alfa.admin", token));
		HttpResponse<String> feedPost = browser().apiPost(FEED + "Reports", "application/json", "{}".getBytes(),
				"alfa.admin", token);

		for (HttpResponse<String> refused : new HttpResponse[] { post, delete, feedPost }) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.body()).contains("read-only token");
		}
		assertThat(bearer("GET", TOKENS, token).statusCode()).isEqualTo(200);
		assertThat(bearer("HEAD", TOKENS, token).statusCode()).isEqualTo(200);
	}

	@Test
	void aTokenIsNeverThePasswordJustGiven() {
		String token = issue("beta.admin", Scope.FULL).secret();
		byte[] body = "{\"name\":\"from a token\",\"scope\":\"FULL\",\"expiresInDays\":30}".getBytes();

		HttpResponse<String> bearerAlone = browser().request("POST", TOKENS, "application/json", body, "Authorization",
				"Bearer " + token);
		HttpResponse<String> basicAlone = browser().apiPost(TOKENS, "application/json", body, "beta.admin", token);
		HttpResponse<String> withPassword = browser().request("POST", TOKENS, "application/json", body, "Authorization",
				"Bearer " + token, "X-Reauthenticate", "demo");
		HttpResponse<String> withBasicPassword = browser().apiPost(TOKENS, "application/json", body, "beta.admin",
				"demo");

		for (HttpResponse<String> asked : new HttpResponse[] { bearerAlone, basicAlone }) {
			assertThat(asked.statusCode()).as(asked.body()).isEqualTo(403);
			assertThat(json.readTree(asked.body()).path("type").asString())
				.isEqualTo("urn:sellout-portal:problem:reauthentication-required");
		}
		assertThat(withPassword.statusCode()).as(withPassword.body()).isEqualTo(201);
		assertThat(withBasicPassword.statusCode()).as(withBasicPassword.body()).isEqualTo(201);
		assertThat(json.readTree(withPassword.body()).path("token").asString()).startsWith(PersonalTokens.PREFIX);
	}

	@Test
	void aRevokedOrExpiredTokenIsRefused() {
		IssuedToken revoked = issue("gamma.admin", Scope.FULL);
		IssuedToken expired = issue("gamma.admin", Scope.FULL);
		assertThat(bearer("GET", "/api/v1/me", revoked.secret()).statusCode()).isEqualTo(200);
		assertThat(bearer("GET", "/api/v1/me", expired.secret()).statusCode()).isEqualTo(200);

		asUser("gamma.admin", () -> {
			tokens.revoke(revoked.token().id());
			return null;
		});
		asSystem(() -> jdbc.sql("update personal_tokens set expires_at = now() - interval '1 second' where id = ?")
			.param(expired.token().id())
			.update());

		for (String secret : new String[] { revoked.secret(), expired.secret() }) {
			assertChallenged(bearer("GET", "/api/v1/me", secret));
			assertChallenged(browser().api("/api/v1/me", "gamma.admin", secret));
			assertChallenged(bearer("GET", FEED, secret));
			assertChallenged(browser().api(FEED, "gamma.admin", secret));
		}
	}

	@Test
	void wrongPasswordsBlockTheLoginButNotItsTokenAndWrongTokensAreThrottledByAddress() {
		String token = issue("alfa.manager", Scope.READ_ONLY).secret();
		// anyone who knows the login can block it with wrong passwords…
		for (int i = 0; i < 5; i++) {
			assertThat(browser().api("/api/v1/me", "alfa.manager", "guessed-password-" + i).statusCode()).isIn(401,
					429);
		}
		assertThat(browser().api("/api/v1/me", "alfa.manager", "demo").statusCode()).isEqualTo(429);
		// …but not its owner's BI feed, which gives the token as the Basic password
		assertThat(browser().api("/api/v1/me", "alfa.manager", token).statusCode()).isEqualTo(200);
		assertThat(browser().api(FEED, "alfa.manager", token).statusCode()).isEqualTo(200);
		forgetFailures();

		for (int i = 0; i < 20; i++) {
			assertThat(browser().api("/api/v1/me", "alfa.manager", PersonalTokens.PREFIX + "guess" + i).statusCode())
				.isIn(401, 429);
		}
		HttpResponse<String> fromThatAddress = browser().api(FEED, "alfa.manager", token);
		assertThat(fromThatAddress.statusCode()).isEqualTo(429);
		assertThat(fromThatAddress.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
		long accountsBlocked = jdbc.sql("select count(*) from login_throttle where key like 'account:%'")
			.query(Long.class)
			.single();
		assertThat(accountsBlocked).as("guessing tokens locks nobody out").isZero();
		long failures = asSystem(() -> jdbc
			.sql("select count(*) from audit_events where action = 'LOGIN_FAILED' and actor = 'alfa.manager'"
					+ " and details = 'personal token refused'")
			.query(Long.class)
			.single());
		assertThat(failures).isGreaterThanOrEqualTo(20);
	}

	@Test
	void wrongBearerTokensAreThrottledByAddress() {
		String token = issue("beta.manager", Scope.READ_ONLY).secret();
		for (int i = 0; i < 20; i++) {
			assertThat(bearer("GET", "/api/v1/me", PersonalTokens.PREFIX + "guess" + i).statusCode()).isIn(401, 429);
		}

		HttpResponse<String> rightToken = bearer("GET", "/api/v1/me", token);

		assertThat(rightToken.statusCode()).isEqualTo(429);
		assertThat(rightToken.headers().firstValue("Retry-After")).isPresent();
		// a Bearer token names no account: nobody's login is blocked by guessing
		long accountsBlocked = jdbc.sql("select count(*) from login_throttle where key like 'account:%'")
			.query(Long.class)
			.single();
		assertThat(accountsBlocked).isZero();
	}

	@Test
	void integrationTokensAndPasswordsWorkAsBefore() {
		String integration = asUser("admin", () -> integrations.createToken(userId("alfa.1c"), "tokens test"));

		assertThat(bearer("GET", "/api/v1/me", integration).statusCode()).isEqualTo(200);
		assertThat(bearer("GET", FEED, integration).statusCode()).isEqualTo(403);
		assertThat(browser().api("/api/v1/me", "beta.manager", "demo").statusCode()).isEqualTo(200);
		assertChallenged(browser().api("/api/v1/me", "beta.manager", "wrong"));
		assertChallenged(bearer("GET", "/api/v1/me", IntegrationAccounts.TOKEN_PREFIX + "nothing"));
	}

	@Test
	void aTokenOpensNoPage() {
		String token = issue("alfa.manager", Scope.FULL).secret();

		HttpResponse<String> login = browser().login("alfa.manager", token);

		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
	}

	private IssuedToken issue(String login, Scope scope) {
		return asUser(login, () -> tokens.issue("access test", scope, 30));
	}

	private HttpResponse<String> bearer(String method, String path, String token) {
		return browser().request(method, path, null, null, "Authorization", "Bearer " + token);
	}

	private static String basicHeader(String login, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static void assertChallenged(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Sell-out Portal\"");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private static void assertAdmitted(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("SellOutLines");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

}
