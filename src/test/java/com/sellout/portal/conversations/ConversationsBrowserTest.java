package com.sellout.portal.conversations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ReplyMail;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.BrowserTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about a report's line in Chromium: the manufacturer asks from the report's
 * card (1440 px), the distributor's administrator sees the unread badge, reads and
 * answers with a file on a phone (390 px), the manufacturer reads the answer and
 * downloads the file; the manufacturer answers the notification by e-mail with a file (a
 * forged reply from another address and an unauthenticated one are quarantined), and the
 * distributor reads that answer and downloads its file. Screenshots of the list and the
 * thread at both widths in target/screenshots.
 */
class ConversationsBrowserTest extends BrowserTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private UserAccounts users;

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake2;

	private GreenMail mail;

	@BeforeEach
	void distributors() {
		PagesFixture.ensure(jdbc, users, this::asSystem);
		mail = servers.embedded();
	}

	@Test
	void aQuestionAboutALineIsAnsweredInThePortalAndByMail()
			throws IOException, InterruptedException, MessagingException {
		long report = asSystem(
				() -> PagesFixture.report(intake, distributorId("CNV21A"), YearMonth.of(2009, 5), 1, 2, 3));
		page.setViewportSize(1440, 900);
		logIn("admin", "demo");
		open("/sellout/reports/" + report);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("about-threads")).containsText("Переписки пока нет");
		screenshot("0-report-card");
		page.getByTitle("Задать вопрос о строке 2").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("new-about")).containsText("Строка 2 отчёта № " + report);
		page.getByLabel("Тема *").fill("Количество в строке 2");
		page.getByLabel("Сообщение").fill("Здравствуйте!\nПроверьте количество в строке 2, пожалуйста.");
		screenshot("0b-new-form");
		page.getByTestId("send").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("thread-subject")).hasText("Количество в строке 2");
		String thread = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");

		page.context().clearCookies();
		logIn("cnv21a.admin", PagesFixture.PASSWORD);
		page.waitForLoadState(LoadState.LOAD);
		Locator nav = page.getByTestId("nav-conversations");
		assertThat(nav.getByTestId("conversations-unread")).isVisible();
		nav.click();
		page.waitForLoadState(LoadState.LOAD);
		Locator row = page.locator("tr:has(a[data-testid=thread-link]:text-is('Количество в строке 2'))");
		assertThat(row.getByTestId("thread-unread")).hasText("1");
		screenshot("1-list-1440");
		page.setViewportSize(390, 844);
		screenshot("2-list-390");
		assertWithin390();
		row.getByTestId("thread-link").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator(".message-text").first())
			.hasText("Здравствуйте!\nПроверьте количество в строке 2, пожалуйста.");
		assertThat(page.locator("input[name=internal]")).hasCount(0);
		page.getByLabel("Сообщение").fill("Проверили: верно 2 шт. Выгрузка во вложении.");
		page.getByLabel("Файлы")
			.setInputFiles(new FilePayload("выгрузка-строка-2.csv", "text/csv",
					"Артикул;Количество\nEL-10001;2\n".getBytes(StandardCharsets.UTF_8)));
		page.getByTestId("send").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Сообщение отправлено");
		assertThat(page.getByTestId("attachment")).hasText("выгрузка-строка-2.csv");
		screenshot("3-thread-390");
		assertWithin390();

		page.context().clearCookies();
		page.setViewportSize(1440, 900);
		logIn("admin", "demo");
		open(thread);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("thread-state")).hasText("Отвечено");
		assertThat(page.locator("li.message.from-distributor .message-text"))
			.hasText("Проверили: верно 2 шт. Выгрузка во вложении.");
		screenshot("4-thread-1440");
		Download download = page.waitForDownload(() -> page.getByTestId("attachment").click());
		assertThat(download.suggestedFilename()).isEqualTo("выгрузка-строка-2.csv");
		assertThat(Files.readString(download.path(), StandardCharsets.UTF_8))
			.isEqualTo("Артикул;Количество\nEL-10001;2\n");

		// the manufacturer answers the notification by e-mail, from its own address
		MimeMessage told = TestMail.awaitReceived(mail, "admin@manufacturer.example", "[CNV21A] Количество в строке 2",
				Duration.ofSeconds(30));
		String replyTo = ((InternetAddress) told.getReplyTo()[0]).getAddress();
		TestMail.from(mail, "admin@manufacturer.example", replyTo, "Re: [CNV21A] Количество в строке 2")
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=manufacturer.example")
			.text("Спасибо, сверка во вложении.\n\n> " + ReplyMail.QUOTE_MARKER + "\n> Проверили: верно 2 шт.")
			.attach("сверка-май.pdf", "%PDF-1.4 сверка".getBytes(StandardCharsets.UTF_8))
			.send(TestMail.newMessageId());
		String forged = TestMail.from(mail, "admin@manufacturer.example.evil", replyTo, "Re: подделка")
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=manufacturer.example.evil")
			.text("Подделка: скидка 90 %")
			.send(TestMail.newMessageId());
		String unsigned = TestMail.from(mail, "admin@manufacturer.example", replyTo, "Re: без подписи")
			.text("Подделка без проверки отправителя")
			.send(TestMail.newMessageId());
		intake2.poll();
		assertThat(quarantined(forged)).isEqualTo("mail.quarantine.replyWrongSender");
		assertThat(quarantined(unsigned)).isEqualTo("mail.quarantine.replyNotAuthenticated");

		page.getByLabel("Сообщение").fill("Для себя: сверить с отгрузками за май.");
		page.getByLabel("Внутренняя заметка (дистрибьютор её не увидит)").check();
		page.getByTestId("send").click();
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("li.message.internal [data-testid=internal-note]"))
			.hasText("Внутренняя заметка — дистрибьютор её не видит");
		screenshot("4b-thread-1440-internal");

		open("/admin/deliveries".equals("") ? "" : "/deliveries?status=QUARANTINED");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("body")).containsText("Re: подделка");
		screenshot("4c-quarantine");

		open("/sellout/reports/" + report);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.getByTestId("about-threads")).containsText("Количество в строке 2");
		screenshot("5-report-card");
		open("/conversations");
		page.waitForLoadState(LoadState.LOAD);
		screenshot("6-list-1440-manufacturer");
		page.setViewportSize(390, 844);
		open(thread);
		page.waitForLoadState(LoadState.LOAD);
		screenshot("7-thread-390-manufacturer");
		assertWithin390();

		// the distributor sees the reply by e-mail and its file, and neither forgery nor
		// the note
		page.context().clearCookies();
		page.setViewportSize(1440, 900);
		logIn("cnv21a.admin", PagesFixture.PASSWORD);
		open(thread);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("li.message.from-manufacturer .message-text").last())
			.hasText("Спасибо, сверка во вложении.");
		assertThat(page.locator("body")).not().containsText("Подделка");
		assertThat(page.locator("body")).not().containsText("сверить с отгрузками");
		screenshot("8-thread-1440-distributor-mail-reply");
		Download pdf = page.waitForDownload(
				() -> page.locator("a[data-testid=attachment]", new Page.LocatorOptions().setHasText("сверка-май.pdf"))
					.click());
		assertThat(pdf.suggestedFilename()).isEqualTo("сверка-май.pdf");
		assertThat(Files.readString(pdf.path(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 сверка");
	}

	private String quarantined(String messageId) {
		return asSystem(() -> jdbc.sql("select reason from deliveries where message_key = ? and status = 'QUARANTINED'")
			.param(messageId)
			.query(String.class)
			.single());
	}

	private void assertWithin390() {
		assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
			.as("the page's width at 390 px")
			.isLessThanOrEqualTo(390);
	}

}
