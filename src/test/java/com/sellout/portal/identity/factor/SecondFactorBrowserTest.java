package com.sellout.portal.identity.factor;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.support.BrowserTest;
import com.sellout.portal.support.SecondNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, on a node that requires the factor of administrators: the set-up from the
 * secret the page shows (the test computes the codes, as the phone would), log out, log
 * in with the password and a code, then with a recovery code — once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorBrowserTest extends BrowserTest {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private PasswordEncoder passwordEncoder;

	private ConfigurableApplicationContext node;

	private String nodeBase;

	@BeforeAll
	void startNode() {
		asSystem(() -> jdbc.sql("""
				insert into users (login, password_hash, name, role) values ('f2b.admin', ?, 'Ирина Смирнова', 'ADMIN')
				on conflict (lower(login)) do nothing""").param(passwordEncoder.encode(PASSWORD)).update());
		node = SecondNode.on(dataSource, "--portal.ftp.enabled=false", "--portal.jobs.enabled=false",
				"--portal.mail.smtp.host=127.0.0.1", "--portal.mail.imap.host=127.0.0.1",
				"--portal.security.second-factor.required-roles=ADMIN,ANALYST",
				"--portal.security.secret-key=second-factor-browser-test-key");
		nodeBase = SecondNode.baseOf(node);
	}

	@AfterAll
	void stopNode() {
		if (node != null) {
			node.close();
		}
	}

	@Override
	protected String baseUrl() {
		return nodeBase;
	}

	@Test
	void setUpFromThePageLogInWithACodeAndOnceWithARecoveryCode() {
		logIn("f2b.admin", PASSWORD);
		page.waitForURL("**/profile/second-factor?prompt");
		assertThat(page.getByTestId("second-factor-prompt")).isVisible();
		assertThat(page.getByTestId("second-factor-qr")).isVisible();
		screenshot("setup-1440");
		page.setViewportSize(390, 844);
		screenshot("setup-390");
		page.setViewportSize(1400, 900);

		byte[] key = Base32.decode(page.getByTestId("second-factor-secret").textContent());
		page.getByTestId("second-factor-confirm").locator("input[name=code]").fill(Totp.code(key, Instant.now()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Включить")).click();
		assertThat(page.getByTestId("second-factor-enabled")).isVisible();
		List<String> recovery = page.getByTestId("recovery-code").allTextContents();
		assertThat(recovery).hasSize(10);
		screenshot("recovery-codes");
		logOut();

		logIn("f2b.admin", PASSWORD);
		page.waitForURL("**/login/code");
		screenshot("code-step");
		// the set-up spent the current step's code: the phone's next one (one step of
		// drift)
		page.getByLabel("Код").fill(Totp.code(key, Instant.now().plusSeconds(30)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
		page.waitForURL(url -> !url.contains("/login"));
		assertThat(page.getByTestId("profile-login").or(page.locator("h1")).first()).isVisible();
		logOut();

		logIn("f2b.admin", PASSWORD);
		page.waitForURL("**/login/code");
		page.getByLabel("Код").fill(recovery.get(0));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
		page.waitForURL(url -> !url.contains("/login"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Осталось кодов: 9");
		// the factor's page as it is now: the codes left and the way to a new phone
		open("/profile/second-factor");
		assertThat(page.getByTestId("recovery-codes-left")).hasText("9");
		assertThat(page.getByTestId("second-factor-replace")).isVisible();
		screenshot("enabled-1440");
		page.setViewportSize(390, 844);
		screenshot("enabled-390");
		page.setViewportSize(1400, 900);
		// a new phone begun with a recovery code (the page asks once), its set-up shown,
		// then given up: the old phone stays
		page.waitForLoadState(LoadState.LOAD);
		page.onceDialog(Dialog::accept);
		page.getByLabel("Код восстановления или код из приложения").fill(recovery.get(1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Настроить заново")).click();
		assertThat(page.getByTestId("second-factor-replacement")).isVisible();
		assertThat(page.getByTestId("replacement-qr")).isVisible();
		assertThat(page.getByTestId("second-factor-replace")).hasCount(0);
		screenshot("new-phone-1440");
		page.setViewportSize(390, 844);
		screenshot("new-phone-390");
		page.setViewportSize(1400, 900);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Оставить старый телефон")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Замена отменена");
		assertThat(page.getByTestId("second-factor-replacement")).hasCount(0);
		assertThat(page.getByTestId("second-factor-replace")).isVisible();
		logOut();

		logIn("f2b.admin", PASSWORD);
		page.waitForURL("**/login/code");
		page.getByLabel("Код").fill(recovery.get(0));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
		assertThat(page.getByTestId("code-error")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
		page.setViewportSize(390, 844);
		screenshot("code-refused-390");
	}

	private void logOut() {
		open("/profile");
		page.locator("form[action$='/logout'] button").first().click();
		page.waitForURL("**/login?logout");
	}

}
