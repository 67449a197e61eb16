package com.sellout.portal.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deliveries log: each distributor sees its own deliveries; quarantine is the
 * manufacturer's alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryLogTest extends PortalTest {

	@Autowired
	private FtpDrop drop;

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake;

	@Autowired
	private Deliveries deliveries;

	private String alfaFile;

	private String strangerSubject;

	private long alfaDelivery;

	@BeforeAll
	void deliveries() throws Exception {
		alfaFile = "alfa-log-" + System.nanoTime() + ".csv";
		FTPClient ftp = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		FtpClients.store(ftp, "/in/" + alfaFile, DropFiles.clean(10));
		FtpClients.await(ftp, "/out/" + alfaFile + ".result.json", Duration.ofSeconds(30));
		ftp.logout();
		GreenMail mail = servers.embedded();
		strangerSubject = "Прайс " + System.nanoTime();
		TestMail.from(mail, "spam@stranger.example", "sellout@portal.local", strangerSubject)
			.attach("price.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))
			.send(TestMail.newMessageId());
		intake.poll();
		alfaDelivery = asSystem(() -> jdbc.sql("select delivery_id from delivery_files where file_name = ?")
			.param(alfaFile)
			.query(Long.class)
			.single());
	}

	@Test
	void aDistributorSeesItsOwnDeliveriesOnly() {
		String alfaPage = browser().loggedInAs("alfa.manager", "demo").get("/deliveries").body();
		assertThat(alfaPage).contains(alfaFile).doesNotContain(strangerSubject);
		assertThat(alfaPage).as("the log is named for what it holds: files, not shipments of goods")
			.contains("<h1>Входящие файлы по FTP и e-mail</h1>", ">Входящие файлы</a>")
			.doesNotContain("Поставк", "поставк");

		PortalHttp beta = browser().loggedInAs("beta.admin", "demo");
		String betaPage = beta.get("/deliveries?distributor=" + distributorId("ALFA")).body();
		assertThat(betaPage).doesNotContain(alfaFile)
			.doesNotContain(strangerSubject)
			.doesNotContain("spam@stranger.example");
		assertThat(beta.get("/deliveries?status=QUARANTINED").body()).doesNotContain(strangerSubject);
		assertThatThrownBy(() -> asUser("beta.admin", () -> deliveries.get(alfaDelivery)))
			.isInstanceOf(NotFoundException.class);
		assertThat(asUser("alfa.admin", () -> deliveries.get(alfaDelivery)).files()).hasSize(1);
	}

	@Test
	void theManufacturerSeesEverythingWithQuarantine() {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String quarantine = admin.get("/deliveries?status=QUARANTINED").body();
		assertThat(quarantine).contains(strangerSubject, "spam@stranger.example", "Неизвестный отправитель")
			.doesNotContain(alfaFile);
		assertThat(admin.get("/deliveries?channel=FTP&distributor=" + distributorId("ALFA")).body()).contains(alfaFile);
		assertThat(admin.get("/deliveries?sort=sender&desc=false").statusCode()).isEqualTo(200);
	}

	@Test
	void theManufacturersAdministratorReadsTheOutgoingMailAndNobodyElse() throws Exception {
		String subject = "Re: Лог " + System.nanoTime();
		TestMail
			.from(servers.embedded(), "1c@alfa.example", TestMail.intakeAddress(transactions, jdbc, "alfa.1c"),
					subject.substring(4))
			.attach("log.csv", DropFiles.clean(10))
			.attach("scan.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
			.send(TestMail.newMessageId());
		intake.poll();
		TestMail.awaitReceived(servers.embedded(), "1c@alfa.example", subject, Duration.ofSeconds(30));
		assertThat(browser().loggedInAs("alfa.manager", "demo").get("/deliveries").body())
			.as("each refused file with its reason")
			.contains("scan.pdf", "Файлы такого типа не принимаются");
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String outbox = admin.get("/admin/mail?state=SENT").body();
		for (int i = 0; i < 50 && !outbox.contains(subject); i++) {
			// the mail server may have it a moment before the outbox row is marked sent
			Thread.sleep(100);
			outbox = admin.get("/admin/mail?state=SENT").body();
		}
		assertThat(outbox).contains(subject, "1c@alfa.example", "Ответ на входящий файл");
		assertThat(browser().loggedInAs("admin", "demo").get("/admin/mail?state=FAILED").body())
			.doesNotContain(subject);
		assertThat(browser().loggedInAs("alfa.admin", "demo").get("/admin/mail").statusCode()).isEqualTo(403);
		assertThat(browser().loggedInAs("analyst", "demo").get("/admin/mail").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherDistributorsAdministratorCannotChangeAnAccountsEmailIdentity() {
		long beta1c = userId("beta.1c");
		PortalHttp alfaAdmin = browser().loggedInAs("alfa.admin", "demo");
		assertThat(alfaAdmin
			.submit("/admin/users", "/admin/users/" + beta1c + "/mail-intake",
					Map.of("intakeTag", "stolen", "senders", "thief@alfa.example"))
			.statusCode()).isIn(403, 404);
		assertThat(asSystem(() -> jdbc.sql("select mail_intake_tag from users where id = ?")
			.param(beta1c)
			.query(String.class)
			.single())).isEqualTo("beta");

		PortalHttp betaAdmin = browser().loggedInAs("beta.admin", "demo");
		assertThat(betaAdmin
			.submit("/admin/users", "/admin/users/" + beta1c + "/mail-intake",
					Map.of("intakeTag", "alfa", "senders", ""))
			.headers()
			.firstValue("Location")
			.orElse("")).endsWith("/admin/users/" + beta1c);
		assertThat(asSystem(() -> jdbc.sql("select mail_intake_tag from users where id = ?")
			.param(beta1c)
			.query(String.class)
			.single())).as("ALFA's tag is taken").isEqualTo("beta");
		betaAdmin.submit("/admin/users", "/admin/users/" + beta1c + "/mail-intake",
				Map.of("intakeTag", "beta", "senders", ""));
		assertThat(asSystem(() -> jdbc.sql("select mail_intake_tag from users where id = ?")
			.param(beta1c)
			.query(String.class)
			.single())).isEqualTo("beta");
	}

	@Test
	void integrationAccountsHaveNoPages() {
		assertThat(browser().login("alfa.1c", "demo").statusCode()).isEqualTo(302);
		PortalHttp system = browser();
		system.login("alfa.1c", "demo");
		assertThat(system.get("/deliveries").statusCode()).isEqualTo(403);
	}

}
