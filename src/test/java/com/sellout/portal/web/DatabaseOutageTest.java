package com.sellout.portal.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.internal.EmbeddedDatabaseServer;
import com.sellout.portal.support.FreePorts;
import com.sellout.portal.support.IntegrationTest;
import com.sellout.portal.support.PortalHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal whose database has stopped answers at once that it is unavailable, and says
 * when to try again: the API with 503 problem JSON, the pages with the portal's 503 page,
 * the health endpoint with DOWN, each within 5 s — not a 500 after Hikari's 30 s. A
 * portal of its own, on its own embedded database, since this one is stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IntegrationTest
class DatabaseOutageTest {

	private static final Duration PROMPTLY = Duration.ofSeconds(5);

	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext portal;

	private String base;

	@BeforeAll
	void startAPortalAndStopItsDatabase() throws Exception {
		portal = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.database.data-dir=" + dataDir.resolve("data"),
					"--portal.database.durable=false", "--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.ftp.root=" + dataDir.resolve("ftp"), "--portal.mail.intake-interval=1h"));
		base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
	}

	@AfterAll
	void stopThePortal() {
		if (portal != null) {
			portal.close();
		}
	}

	@Test
	void everyKindOfRequestIsAnswered503PromptlyWhileTheDatabaseIsDown() throws Exception {
		PortalHttp admin = PortalHttp.at(base).loggedInAs("admin", "demo");
		PortalHttp stranger = PortalHttp.at(base);
		String loginToken = PortalHttp.csrfOf(stranger.get("/login").body());
		// all is well before: the same requests succeed
		assertThat(admin.get("/distributors").statusCode()).isEqualTo(200);
		assertThat(admin.api("/api/v1/me", "alfa.1c", "demo").statusCode()).isEqualTo(200);
		assertThat(admin.get("/actuator/health", "application/json").statusCode()).isEqualTo(200);

		portal.getBean(EmbeddedDatabaseServer.class).close();

		HttpResponse<String> api = timed("API with Basic authentication",
				() -> admin.api("/api/v1/me", "alfa.1c", "demo"));
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
		assertThat(api.body()).contains("\"status\":503", "\"instance\":\"/api/v1/me\"");

		HttpResponse<String> page = timed("a page of a logged-in user", () -> admin.get("/distributors"));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("База данных недоступна", "/css/portal.css").doesNotContain("Exception");

		for (String path : new String[] { "/", "/sellout/reports" }) {
			HttpResponse<String> other = timed("the page " + path, () -> admin.get(path));
			assertThat(other.statusCode()).as(path).isEqualTo(503);
			assertThat(other.body()).as(path).contains("База данных недоступна");
		}
		HttpResponse<String> loginPage = timed("the login page in English", () -> stranger.get("/login?lang=en"));
		assertThat(loginPage.statusCode()).isEqualTo(503);
		assertThat(loginPage.body()).contains("The database is unavailable");

		HttpResponse<String> english = timed("the page in English", () -> admin.get("/distributors?lang=en"));
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(english.body()).contains("The database is unavailable");

		HttpResponse<String> login = timed("a login", () -> stranger.postForm("/login",
				Map.of("username", "admin", "password", "demo", "_csrf", loginToken)));
		assertThat(login.statusCode()).as("not a redirect to 'wrong password'").isEqualTo(503);
		assertThat(login.body()).contains("База данных недоступна");

		HttpResponse<String> exchange = timed("the 1C exchange",
				() -> stranger.request("GET", "/1c_exchange?type=sale&mode=checkauth", null, null, "Authorization",
						"Basic " + Base64.getEncoder().encodeToString("alfa.1c:demo".getBytes())));
		assertThat(exchange.statusCode()).isEqualTo(503);
		assertThat(exchange.body()).startsWith("failure\n");

		HttpResponse<String> health = timed("the health endpoint",
				() -> stranger.get("/actuator/health", "application/json"));
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
	}

	private static HttpResponse<String> timed(String what, Supplier<HttpResponse<String>> request) {
		long start = System.nanoTime();
		HttpResponse<String> response = request.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println(
				"Database down: " + what + " answered " + response.statusCode() + " in " + took.toMillis() + " ms");
		assertThat(took).as(what + " answered within 5 s").isLessThan(PROMPTLY);
		return response;
	}

}
