package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password an administrator chose or generated is temporary (ASVS V6.4.1): the person
 * chooses their own at the first web login before any page, the temporary one never opens
 * the API, and a week later it no longer logs in. Every step submits what the page
 * rendered.
 */
class TemporaryPasswordTest extends PortalTest {

	private static final String CHOICE = "[data-testid=own-password-form]";

	@AfterEach
	void forgetFailures() {
		asSystem(() -> jdbc.sql("delete from login_throttle").update());
	}

	@Test
	void aChosenPasswordIsTemporaryUntilThePersonChoosesTheirOwnAtTheFirstLogin() {
		PortalHttp admin = browser().loggedInAs("beta.admin", "demo");
		HttpResponse<String> created = PageForm.on(admin, "/admin/users/new", "form[action$=/admin/users]")
			.fill("login", "temp.first")
			.fill("name", "Первый Вход")
			.fill("password", "выданный-пароль-1")
			.submit();
		assertThat(created.statusCode()).isEqualTo(302);
		long id = userId("temp.first");
		assertThat(
				Jsoup.parse(admin.get("/admin/users/" + id).body()).select("[data-testid=temporary-password]").text())
			.startsWith("Временный пароль до ");

		// over HTTP Basic the temporary password opens nothing, and says why
		HttpResponse<String> api = browser().api("/api/v1/me", "temp.first", "выданный-пароль-1");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.body()).contains("This password is temporary");
		// given right, it is no guess: a tool that retries it does not block the person
		for (int i = 0; i < 6; i++) {
			assertThat(browser().api("/api/v1/me", "temp.first", "выданный-пароль-1").statusCode()).isEqualTo(401);
		}

		PortalHttp person = browser();
		HttpResponse<String> login = person.login("temp.first", "выданный-пароль-1");
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/profile/own-password");
		HttpResponse<String> elsewhere = person.get("/sellout/reports");
		assertThat(elsewhere.statusCode()).as("no other page before the choice").isEqualTo(302);
		assertThat(elsewhere.headers().firstValue("Location").orElse("")).endsWith("/profile/own-password");

		HttpResponse<String> same = choose(person, "выданный-пароль-1", "выданный-пароль-1");
		assertThat(error(same, "password-error")).isEqualTo("Новый пароль должен отличаться от временного");
		HttpResponse<String> mismatch = choose(person, "мой собственный пароль", "мой собственный пороль");
		assertThat(error(mismatch, "confirmation-error")).isEqualTo("Пароли не совпадают.");
		HttpResponse<String> personal = choose(person, "temp.first.2026", "temp.first.2026");
		assertThat(error(personal, "password-error")).startsWith("Пароль не должен строиться на вашем логине");

		HttpResponse<String> chosen = choose(person, "мой собственный пароль", "мой собственный пароль");
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(person.get("/sellout/reports").statusCode()).as("the pages open now").isEqualTo(200);
		assertThat(Jsoup.parse(admin.get("/admin/users/" + id).body()).select("[data-testid=temporary-password]"))
			.isEmpty();
		assertThat(browser().login("temp.first", "выданный-пароль-1").headers().firstValue("Location").orElse(""))
			.as("the temporary password is gone")
			.contains("error");
		assertThat(browser().api("/api/v1/me", "temp.first", "мой собственный пароль").statusCode()).isEqualTo(200);
		assertThat(audited("PASSWORD_CHANGED", "temp.first")).isEqualTo(1);
	}

	@Test
	void aResetGivesATemporaryPasswordThatStopsLoggingInAfterItsWeek() {
		asSystem(() -> jdbc.sql("""
				insert into users (login, password_hash, name, role, distributor_id)
				values ('temp.reset', 'x', 'Сброс Пароля', 'DISTRIBUTOR_MANAGER', ?)""")
			.param(distributorId("BETA"))
			.update());
		long id = userId("temp.reset");
		PortalHttp admin = browser().loggedInAs("beta.admin", "demo");
		HttpResponse<String> reset = PageForm
			.on(admin, "/admin/users/" + id, "form[action$=/admin/users/" + id + "/reset-password]")
			.submit();
		assertThat(reset.statusCode()).isEqualTo(302);
		Document card = Jsoup.parse(admin.get("/admin/users/" + id).body());
		String generated = card.selectFirst("[data-testid=generated-password]").text();
		assertThat(card.select(".notice").text()).contains("Временный пароль: действует 7 дн.");

		asSystem(() -> jdbc.sql("update users set password_temporary_until = now() - interval '1 minute' where id = ?")
			.param(id)
			.update());
		PortalHttp person = browser();
		HttpResponse<String> refused = person.login("temp.reset", generated);
		assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login?error");
		assertThat(Jsoup.parse(person.get("/login?error").body()).select("[role=alert]").text()).isEqualTo(
				"Срок временного пароля истёк. Попросите администратора выдать новый или нажмите «Забыли пароль?».");
		PortalHttp guesser = browser();
		assertThat(guesser.login("temp.reset", "wrong-password-1").headers().firstValue("Location").orElse(""))
			.contains("/login?error");
		assertThat(Jsoup.parse(guesser.get("/login?error").body()).select("[role=alert]").text())
			.as("only the right password learns that it expired")
			.isEqualTo("Неверный логин или пароль.");
	}

	@Test
	void anOwnPasswordIsNotAskedAgainAndTheChoicePageCannotChangeIt() {
		PortalHttp person = browser().loggedInAs("gamma.manager", "demo");
		HttpResponse<String> page = person.get("/profile/own-password");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/profile");
		HttpResponse<String> forged = person.postForm("/profile/own-password",
				Map.of("newPassword", "чужой новый пароль", "confirmation", "чужой новый пароль", "_csrf",
						PortalHttp.csrfOf(person.get("/profile").body())));
		assertThat(forged.statusCode()).isEqualTo(302);
		browser().loggedInAs("gamma.manager", "demo");
	}

	private static HttpResponse<String> choose(PortalHttp person, String password, String confirmation) {
		return PageForm.on(person, "/profile/own-password", CHOICE)
			.fill("newPassword", password)
			.fill("confirmation", confirmation)
			.submit();
	}

	private static String error(HttpResponse<String> answer, String testId) {
		assertThat(answer.statusCode()).isEqualTo(400);
		return Jsoup.parse(answer.body()).select("[data-testid=" + testId + "]").text();
	}

	private long audited(String action, String actor) {
		return asSystem(() -> jdbc.sql("select count(*) from audit_events where action = ? and actor = ?")
			.params(action, actor)
			.query(Long.class)
			.single());
	}

}
