package com.sellout.portal.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.DropFiles;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.BrowserTest;
import com.sellout.portal.support.TestMail;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The channels in the browser: an integration account's e-mail identity, the deliveries
 * log, a password reset.
 */
class ChannelBrowserTest extends BrowserTest {

	@Autowired
	private UserAccounts users;

	@Autowired
	private FtpDrop drop;

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake;

	@Test
	void theAdministratorSetsAnIntakeAddressAndReadsTheDeliveriesLog() throws Exception {
		String login = "gamma.edi" + System.nanoTime() % 100_000;
		long id = asSystem(() -> users.register(login, "edi-password", "EDI GAMMA", null, Role.INTEGRATION,
				distributorId("GAMMA")));
		String tag = "edi" + System.nanoTime() % 100_000;
		logIn("admin", "demo");
		open("/admin/users/" + id);
		page.getByLabel("Метка адреса").fill(tag);
		page.getByLabel("Разрешённые отправители").fill("edi@gamma.example, backup@gamma.example");
		page.getByTestId("mail-intake")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Сохранить"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Настройки приёма по e-mail сохранены");
		assertThat(page.getByLabel("Метка адреса")).hasValue(tag);
		assertThat(page.getByTestId("mail-intake")).containsText("sellout+" + tag + "@portal.local");
		String secretAddress = page.getByTestId("intake-address").textContent().strip();
		Assertions.assertThat(secretAddress).matches("sellout\\+[a-z2-7]{26}@portal\\.local");
		assertThat(page.getByTestId("intake-addresses")).containsText("mx.portal.test");
		screenshot("1-account");

		FTPClient ftp = new FTPClient();
		ftp.connect("localhost", drop.port());
		ftp.login(login, "edi-password");
		ftp.enterLocalPassiveMode();
		ftp.setFileType(FTP.BINARY_FILE_TYPE);
		String file = "gamma-edi-" + System.nanoTime() + ".csv";
		ftp.storeFile("/in/" + file, new ByteArrayInputStream(DropFiles.withException(2)));
		ftp.logout();
		TestMail.from(servers.embedded(), "edi@gamma.example", secretAddress, "Отчёт по почте")
			.attach("gamma-mail.csv", DropFiles.clean(5))
			.send(TestMail.newMessageId());
		TestMail.from(servers.embedded(), "unknown@spam.example", "sellout@portal.local", "Выгодное предложение")
			.attach("offer.xlsx", "not really".getBytes(StandardCharsets.UTF_8))
			.send(TestMail.newMessageId());
		intake.poll();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Входящие файлы").setExact(true)).click();
		assertThat(page.getByTestId("deliveries")).containsText(file);
		assertThat(page.getByTestId("deliveries")).containsText("gamma-mail.csv");
		page.waitForCondition(() -> {
			page.reload();
			return page.getByTestId("deliveries")
				.locator("tr", new Locator.LocatorOptions().setHasText(file))
				.textContent()
				.contains("Обработан");
		}, new Page.WaitForConditionOptions().setTimeout(30_000));
		screenshot("2-deliveries");
		page.locator("select[name=status]").selectOption("QUARANTINED");
		assertThat(page.getByTestId("deliveries")).containsText("Выгодное предложение");
		assertThat(page.getByTestId("deliveries")).containsText("Неизвестный отправитель");
		assertThat(page.getByTestId("deliveries")).not().containsText(file);
		screenshot("3-quarantine");

		TestMail.awaitReceived(servers.embedded(), "edi@gamma.example", "Re: Отчёт по почте", Duration.ofSeconds(30));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Исходящая почта")).click();
		page.waitForCondition(() -> {
			page.reload();
			return page.getByTestId("outbox").textContent().contains("Re: Отчёт по почте");
		}, new Page.WaitForConditionOptions().setTimeout(10_000));
		assertThat(page.getByTestId("outbox")).containsText("edi@gamma.example");
		screenshot("4-outbox");
	}

	@Test
	void aPersonWhoForgotTheirPasswordSetsANewOneFromTheMail() throws Exception {
		String login = "forgot." + System.nanoTime() % 100_000;
		String email = login + "@beta.example";
		asSystem(() -> users.register(login, "old-password", "Забывчивый Менеджер", email, Role.DISTRIBUTOR_MANAGER,
				distributorId("BETA")));
		open("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Забыли пароль?")).click();
		page.getByLabel("Логин или e-mail").fill(email);
		screenshot("1-forgot");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Прислать ссылку")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("ссылка уже отправлена");

		String text = TestMail.text(TestMail.awaitReceived(servers.embedded(), email, "Sell-out Portal: смена пароля",
				Duration.ofSeconds(30)));
		Matcher link = Pattern.compile("http://localhost:8080(/password/\\S+)").matcher(text);
		Assertions.assertThat(link.find()).isTrue();
		open(link.group(1));
		page.getByLabel("Новый пароль", new Page.GetByLabelOptions().setExact(true)).fill("brand-new-pass");
		page.getByLabel("Новый пароль ещё раз").fill("brand-new-pass");
		screenshot("2-choose");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сохранить пароль")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Пароль сохранён");
		logIn(login, "brand-new-pass");
		assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible();
		Assertions.assertThat(page.url()).doesNotContain("/login");
		screenshot("3-signed-in");
	}

}
