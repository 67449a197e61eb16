package com.sellout.portal.identity.security;

import java.net.http.HttpResponse;
import java.util.Map;

import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginTest extends PortalTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private AuthenticationManager authenticationManager;

	@AfterEach
	void forgetFailures() {
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void theLoginPageSpeaksRussianByDefaultAndEnglishOnRequest() {
		PortalHttp tab = browser();
		HttpResponse<String> russian = tab.get("/login");
		HttpResponse<String> english = browser().get("/login?lang=en");

		assertThat(russian.statusCode()).isEqualTo(200);
		assertThat(russian.body()).contains("lang=\"ru\"", "Войти", "Логин", "Пароль");
		assertThat(english.body()).contains("lang=\"en\"", "Sign in", "Password");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		HttpResponse<String> home = browser().get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theSessionIdChangesAtLogin() {
		PortalHttp tab = browser();
		tab.get("/login");
		String before = tab.sessionId().orElseThrow();

		tab.loggedInAs("analyst", "demo");

		assertThat(tab.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
		assertThat(tab.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void wrongPasswordsAreRefusedWithAClearMessageAndAudited() {
		PortalHttp tab = browser();
		HttpResponse<String> refused = tab.login("beta.manager", "wrong");

		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(tab.get("/login?error").body()).contains("Неверный логин или пароль");
		long audited = asSystem(() -> jdbc.sql("""
				select count(*) from audit_events
				 where action = 'LOGIN_FAILED' and actor = 'beta.manager' and actor_address is not null""")
			.query(Long.class)
			.single());
		assertThat(audited).isPositive();
	}

	@Test
	void repeatedFailuresOfOneAccountAreThrottledNotLocked() {
		for (int i = 0; i < 5; i++) {
			browser().login("gamma.manager", "wrong-" + i);
		}
		PortalHttp tab = browser();
		HttpResponse<String> rightPassword = tab.login("gamma.manager", "demo");

		assertThat(rightPassword.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("error"));
		assertThat(tab.get("/login?error").body()).contains("Слишком много неудачных попыток входа", "мин");
		HttpResponse<String> api = browser().api("/api/v1/me", "gamma.manager", "demo");
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		// Another account from the same address is not affected.
		assertThat(browser().api("/api/v1/me", "gamma.admin", "demo").statusCode()).isEqualTo(200);

		// Not a permanent lock: once the block has passed, the right password works
		// again.
		jdbc.sql(
				"update login_throttle set blocked_until = now() - interval '1 second', window_start = now() - interval '1 hour'")
			.update();
		assertThat(browser().api("/api/v1/me", "gamma.manager", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void repeatedFailuresFromOneAddressAreThrottledForEveryAccount() {
		for (int i = 0; i < 20; i++) {
			String login = "nobody" + i;
			assertThatThrownBy(() -> authenticationManager.authenticate(attempt(login, "x", "203.0.113.9")))
				.isNotInstanceOf(LoginThrottledException.class);
		}

		assertThatThrownBy(() -> authenticationManager.authenticate(attempt("analyst", "demo", "203.0.113.9")))
			.isInstanceOf(LoginThrottledException.class);
		Authentication elsewhere = authenticationManager.authenticate(attempt("analyst", "demo", "198.51.100.4"));
		assertThat(elsewhere.isAuthenticated()).isTrue();
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");

		HttpResponse<String> forged = tab.postForm("/profile", Map.of("name", "Forged", "language", "ru"));
		HttpResponse<String> forgedLogin = browser().postForm("/login",
				Map.of("username", "admin", "password", "demo"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forgedLogin.statusCode()).isEqualTo(403);
		assertThat(
				asSystem(() -> jdbc.sql("select name from users where login = 'analyst'").query(String.class).single()))
			.isNotEqualTo("Forged");
	}

	@Test
	void pagesCarrySecureHeaders() {
		HttpResponse<String> page = browser().get("/login");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void theApiAuthenticatesWithBasicAndKeepsNoSession() throws Exception {
		HttpResponse<String> manager = browser().api("/api/v1/me", "alfa.manager", "demo");
		HttpResponse<String> admin = browser().api("/api/v1/me", "admin", "demo");

		assertThat(manager.statusCode()).isEqualTo(200);
		assertThat(manager.headers().firstValue("Set-Cookie")).isEmpty();
		JsonNode me = json.readTree(manager.body());
		assertThat(me.get("login").asString()).isEqualTo("alfa.manager");
		assertThat(me.get("name").asString()).isEqualTo("Менеджер ALFA");
		assertThat(me.get("roles").get(0).asString()).isEqualTo("DISTRIBUTOR_MANAGER");
		assertThat(me.get("distributor").get("code").asString()).isEqualTo("ALFA");
		assertThat(me.get("distributor").get("name").asString()).isEqualTo("ООО \"Альфа Электро\"");
		JsonNode adminMe = json.readTree(admin.body());
		assertThat(adminMe.get("roles").get(0).asString()).isEqualTo("ADMIN");
		assertThat(adminMe.get("distributor").isNull()).isTrue();
	}

	@Test
	void theApiRefusesMissingOrWrongCredentialsWithProblemJson() throws Exception {
		HttpResponse<String> anonymous = browser().apiAnonymous("/api/v1/me");
		HttpResponse<String> wrong = browser().api("/api/v1/me", "alfa.manager", "nope");

		for (HttpResponse<String> response : new HttpResponse[] { anonymous, wrong }) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
		}
		assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
	}

	@Test
	void aSessionCookieDoesNotOpenTheApi() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> response = tab.get("/api/v1/me");
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void logoutEndsTheSession() {
		PortalHttp tab = browser().loggedInAs("analyst", "demo");
		HttpResponse<String> logout = tab.submit("/", "/logout", Map.of());

		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(tab.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void everyDemoAccountLogsIn() {
		for (String login : new String[] { "admin", "analyst", "alfa.admin", "alfa.manager", "beta.admin",
				"beta.manager", "gamma.admin", "gamma.manager" }) {
			assertThat(browser().api("/api/v1/me", login, "demo").statusCode()).as(login).isEqualTo(200);
		}
	}

	@Test
	void healthIsUpWithTheDatabase() {
		HttpResponse<String> health = browser().apiAnonymous("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void theOpenApiDocumentAndSwaggerUiNeedALogin() {
		PortalHttp tab = browser().loggedInAs("admin", "demo");
		assertThat(browser().get("/v3/api-docs", "application/json").statusCode()).isIn(302, 401);
		HttpResponse<String> docs = tab.get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/me", "/api/v1/distributors/{id}");
		assertThat(tab.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	private static UsernamePasswordAuthenticationToken attempt(String login, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(login,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return token;
	}

}
