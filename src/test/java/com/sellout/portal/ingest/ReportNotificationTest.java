package com.sellout.portal.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The uploader hears by e-mail about a report with exceptions or rejected — once. */
class ReportNotificationTest extends PortalTest {

	@Autowired
	private MailServers servers;

	@Test
	void theUploaderIsToldAboutExceptionsAndRejectionsOnce() throws Exception {
		String withExceptions = "notify-" + System.nanoTime() + ".csv";
		assertThat(browser()
			.apiUpload("/api/v1/sellout/reports", withExceptions, DropFiles.withException(11), "gamma.manager", "demo")
			.statusCode()).isIn(201, 202);
		String rejected = "notify-" + System.nanoTime() + ".pdf";
		browser().apiUpload("/api/v1/sellout/reports", rejected,
				"%PDF-1.4 not a report".getBytes(StandardCharsets.US_ASCII), "gamma.manager", "demo");

		MimeMessage first = TestMail.awaitReceived(servers.embedded(), "gamma.manager@example.com",
				"Отчёт " + withExceptions + ": Принят с исключениями", Duration.ofSeconds(30));
		assertThat(TestMail.text(first)).contains("исключений 1", "/sellout/reports/");
		TestMail.awaitReceived(servers.embedded(), "gamma.manager@example.com", "Отчёт " + rejected + ": Отклонён",
				Duration.ofSeconds(30));
		Thread.sleep(2500);
		long about = TestMail.withSubject(servers.embedded(), subject -> subject.contains(withExceptions));
		assertThat(about).as("told once").isEqualTo(1);
	}

}
