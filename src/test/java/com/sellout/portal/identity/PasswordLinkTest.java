package com.sellout.portal.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password links by e-mail: a reset asked for on the login page, and an administrator's
 * invitation.
 */
class PasswordLinkTest extends PortalTest {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/password/[A-Za-z0-9_-]+)");

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private MailServers servers;

	@Autowired
	private UserAccounts users;

	@Test
	void aForgottenPasswordIsResetThroughALinkThatWorksOnce() throws Exception {
		GreenMail mail = servers.embedded();
		String login = "reset." + System.nanoTime() % 1_000_000;
		String email = login + "@alfa.example";
		asSystem(() -> users.register(login, "old-password", "Ирина Сброс", email, Role.DISTRIBUTOR_MANAGER,
				distributorId("ALFA")));

		PortalHttp browser = browser();
		HttpResponse<String> asked = browser.submit("/password/forgot", "/password/forgot",
				Map.of("login", login.toUpperCase()));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("ссылка уже отправлена");
		MimeMessage letter = TestMail.awaitReceived(mail, email, "Sell-out Portal: смена пароля", WAIT);
		String path = link(TestMail.text(letter));

		assertThat(browser.get(path).body()).contains("Для учётной записи " + login);
		assertThat(
				browser.submit(path, path, Map.of("password", "new-secret-phrase-1", "confirmation", "other")).body())
			.contains("Пароли не совпадают");
		assertThat(browser.submit(path, path, Map.of("password", "short", "confirmation", "short")).body())
			.contains("Пароль должен быть не короче 10 символов");
		for (String[] weak : new String[][] {
				{ "qwerty123456", "Этот пароль слишком распространён — его легко подобрать" },
				{ "фывапролджэ", "Подряд идущие клавиши легко подобрать" } }) {
			HttpResponse<String> refused = PageForm.on(browser, path, "form[method=post]")
				.fill("password", weak[0])
				.fill("confirmation", weak[0])
				.submit();
			assertThat(Jsoup.parse(refused.body()).select("[data-testid=password-error]").text()).isEqualTo(weak[1]);
		}
		HttpResponse<String> saved = browser.submit(path, path,
				Map.of("password", "new-secret-phrase-1", "confirmation", "new-secret-phrase-1"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).contains("/login?passwordSet");

		browser().loggedInAs(login, "new-secret-phrase-1");
		assertThat(browser().login(login, "old-password").headers().firstValue("Location").orElse(""))
			.contains("error");
		assertThat(browser().get(path).body()).contains("Ссылка недействительна");
		assertThat(asSystem(() -> jdbc.sql(
				"select count(*) from password_tokens t join users u on u.id = t.user_id where u.login = ? and t.token_hash like '%"
						+ path.substring(10) + "%'")
			.param(login)
			.query(Long.class)
			.single())).as("the token itself is not stored").isZero();
	}

	@Test
	void anUnknownLoginGetsTheSameAnswerAndNoMail() throws Exception {
		long before = resetMails();
		HttpResponse<String> asked = browser().submit("/password/forgot", "/password/forgot",
				Map.of("login", "nobody-" + System.nanoTime()));
		assertThat(asked.body()).contains("ссылка уже отправлена");
		assertThat(resetMails()).isEqualTo(before);
		assertThat(browser().get("/password/not-a-token").body()).contains("Ссылка недействительна");
	}

	@Test
	void anInvitedUserChoosesTheirOwnPassword() throws Exception {
		GreenMail mail = servers.embedded();
		String login = "invited." + System.nanoTime() % 1_000_000;
		String email = login + "@beta.example";
		PortalHttp admin = browser().loggedInAs("beta.admin", "demo");
		HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", Map.of("login", login, "name",
				"Пётр Приглашённый", "email", email, "role", "DISTRIBUTOR_MANAGER", "password", ""));
		assertThat(created.statusCode()).isEqualTo(302);
		String card = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(admin.get(card).body()).contains("Приглашение отправлено на " + email)
			.doesNotContain("generated-password");

		MimeMessage letter = TestMail.awaitReceived(mail, email, "Приглашение в Sell-out Portal", WAIT);
		String path = link(TestMail.text(letter));
		PortalHttp invited = browser();
		assertThat(invited.submit(path, path, Map.of("password", "chosen-by-me", "confirmation", "chosen-by-me"))
			.statusCode()).isEqualTo(302);
		browser().loggedInAs(login, "chosen-by-me");

		// another distributor's administrator cannot invite BETA's user
		long id = userId(login);
		PortalHttp alfaAdmin = browser().loggedInAs("alfa.admin", "demo");
		HttpResponse<String> refused = alfaAdmin.submit("/admin/users", "/admin/users/" + id + "/invite", Map.of());
		assertThat(refused.statusCode()).isIn(403, 404);
	}

	private long resetMails() {
		return asSystem(() -> jdbc.sql("select count(*) from outgoing_mails where kind = 'PASSWORD_RESET'")
			.query(Long.class)
			.single());
	}

	private static String link(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a link in: " + text).isTrue();
		return matcher.group(1);
	}

}
