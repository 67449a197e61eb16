package com.sellout.portal.identity;

import java.net.http.HttpResponse;

import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules on every page a password is chosen on, as a person submits the
 * rendered form: the error on its field, in Russian; a good phrase is taken and ends the
 * person's other sessions.
 */
class PasswordRulesPageTest extends PortalTest {

	private static final String FORM = "form[action$=/profile/password]";

	@Autowired
	private UserAccounts users;

	@Test
	void ownChangeRefusesWeakPasswordsOnTheFieldAndTakesAPhrase() {
		String login = "rules.own";
		asSystem(() -> users.register(login, "old-password-1", "Правила Пароля", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("ALFA")));
		PortalHttp tab = browser().loggedInAs(login, "old-password-1");
		PortalHttp otherTab = browser().loggedInAs(login, "old-password-1");

		assertFieldError(change(tab, "короткий"), "Пароль должен быть не короче 10 символов");
		assertFieldError(change(tab, "Password123"), "Этот пароль слишком распространён — его легко подобрать");
		assertFieldError(change(tab, "йцукенгшщз"), "Подряд идущие клавиши легко подобрать");
		assertFieldError(change(tab, "эждлорпавыф"), "Подряд идущие клавиши легко подобрать");
		assertThat(otherTab.get("/profile").statusCode()).as("nothing changed yet").isEqualTo(200);

		HttpResponse<String> done = change(tab, "синий трактор едет");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(tab.get("/profile").statusCode()).as("this session goes on").isEqualTo(200);
		assertThat(otherTab.get("/profile").statusCode()).as("the other session is ended").isEqualTo(302);
		browser().loggedInAs(login, "синий трактор едет");
	}

	/**
	 * A Russian phrase of 64 letters is 120 bytes, past the 72 bcrypt reads: it is taken,
	 * logs in, and a phrase that differs only at its end does not.
	 */
	@Test
	void aLongRussianPhraseIsTakenWholeAndThePersonsOwnWordsAreNot() {
		String login = "rules.long";
		asSystem(() -> users.register(login, "old-password-1", "Длинная Фраза", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("ALFA")));
		PortalHttp tab = browser().loggedInAs(login, "old-password-1");

		assertFieldError(change(tab, "rules.long2026"),
				"Пароль не должен строиться на вашем логине, имени, адресе почты, "
						+ "названии портала или самом слове «пароль»");
		assertFieldError(change(tab, "Длинная фраза 12"),
				"Пароль не должен строиться на вашем логине, имени, адресе почты, "
						+ "названии портала или самом слове «пароль»");

		String phrase = "в лесу родилась ёлочка, в лесу она росла, зимой и летом стройная";
		assertThat(phrase.length()).isEqualTo(64);
		assertThat(change(tab, phrase).statusCode()).isEqualTo(302);
		browser().loggedInAs(login, phrase);
		String sameStart = phrase.substring(0, 63) + "ю";
		assertThat(browser().login(login, sameStart).headers().firstValue("Location").orElse(""))
			.as("the phrase counts to its last letter")
			.contains("error");
	}

	@Test
	void anAdministratorsChoiceFollowsTheSameRules() {
		PortalHttp admin = browser().loggedInAs("alfa.admin", "demo");
		HttpResponse<String> refused = PageForm.on(admin, "/admin/users/new", "form[action$=/admin/users]")
			.fill("login", "rules.chosen")
			.fill("name", "Выбранный Пароль")
			.fill("password", "qwertyuiop")
			.submit();
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).select(".field.invalid:has(#password) .error").text())
			.isEqualTo("Этот пароль слишком распространён — его легко подобрать");
		HttpResponse<String> created = PageForm.in(admin, refused, "/admin/users", "form[action$=/admin/users]")
			.fill("password", "корова-молоко-утро")
			.submit();
		assertThat(created.statusCode()).isEqualTo(302);
	}

	/**
	 * A hijacked session cannot guess the current password freely: counted like logins.
	 */
	@Test
	void wrongCurrentPasswordsAreThrottledAndRecordedLikeFailedLogins() {
		String login = "rules.guess";
		asSystem(() -> users.register(login, "old-password-1", "Угадай Пароль", null, Role.DISTRIBUTOR_MANAGER,
				distributorId("ALFA")));
		PortalHttp tab = browser().loggedInAs(login, "old-password-1");
		for (int i = 0; i < 5; i++) {
			assertCurrentPasswordError(change(tab, "guess-" + i, "синий трактор едет"),
					"Текущий пароль указан неверно.");
		}
		assertThat(Jsoup.parse(change(tab, "old-password-1", "синий трактор едет").body())
			.select(".field.invalid:has(#currentPassword) .error")
			.text()).startsWith("Слишком много неверных паролей подряд");
		assertThat(asSystem(() -> jdbc
			.sql("select count(*) from audit_events where action = 'LOGIN_FAILED' and actor = ?"
					+ " and details = 'current password on the profile'")
			.param(login)
			.query(Long.class)
			.single())).isEqualTo(5);
		asSystem(() -> jdbc.sql("delete from login_throttle").update());
		assertThat(change(tab, "old-password-1", "синий трактор едет").statusCode()).isEqualTo(302);
	}

	private static void assertCurrentPasswordError(HttpResponse<String> answer, String message) {
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(answer.body()).select(".field.invalid:has(#currentPassword) .error").text())
			.isEqualTo(message);
	}

	private static HttpResponse<String> change(PortalHttp tab, String current, String password) {
		return PageForm.on(tab, "/profile", FORM)
			.fill("currentPassword", current)
			.fill("newPassword", password)
			.fill("confirmation", password)
			.submit();
	}

	private static HttpResponse<String> change(PortalHttp tab, String password) {
		return PageForm.on(tab, "/profile", FORM)
			.fill("currentPassword", "old-password-1")
			.fill("newPassword", password)
			.fill("confirmation", password)
			.submit();
	}

	private static void assertFieldError(HttpResponse<String> answer, String message) {
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(answer.body()).select(".field.invalid:has(#newPassword) .error").text())
			.isEqualTo(message);
	}

}
