package com.sellout.portal.ingest.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.ingest.Deliveries;
import com.sellout.portal.ingest.Delivery;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.DropFiles;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail intake with a real mail server (GreenMail): recognition, attachments,
 * quarantine, exactly once, reply.
 */
class MailIntakeTest extends PortalTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake;

	@Autowired
	private IncomingMessages messages;

	@Autowired
	private Deliveries deliveries;

	private GreenMail mail;

	@BeforeEach
	void mailServer() {
		mail = servers.embedded();
	}

	@Test
	void everyAttachmentBecomesAReportAndTheSenderGetsAReply() throws Exception {
		String subject = "Продажи январь " + System.nanoTime();
		byte[] zipped = TestMail.zip("zipped.csv", csv(9), "readme.doc", "hello".getBytes(StandardCharsets.UTF_8));
		String messageId = TestMail.from(mail, "1c@alfa.example", "Sell-out <" + alfa() + ">", subject)
			.attach("direct.csv", exceptionCsv(6))
			.attach("archive.zip", zipped)
			.attach("scan.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
			.send(TestMail.newMessageId());

		intake.poll();

		Delivery delivery = delivery(messageId);
		assertThat(delivery.distributorId()).isEqualTo(distributorId("ALFA"));
		assertThat(delivery.channel()).isEqualTo("EMAIL");
		assertThat(delivery.sender()).isEqualTo("1c@alfa.example");
		assertThat(delivery.files()).extracting(Delivery.DeliveredFile::fileName)
			.containsExactly("direct.csv", "zipped.csv", "readme.doc", "scan.pdf");
		assertThat(delivery.files().get(0).reportId()).isNotNull();
		assertThat(delivery.files().get(1).reportId()).isNotNull();
		assertThat(delivery.files().get(2).refusal()).isEqualTo("delivery.unsupportedFile");
		assertThat(delivery.files().get(3).refusal()).isEqualTo("delivery.unsupportedFile");

		MimeMessage reply = TestMail.awaitReceived(mail, "1c@alfa.example", "Re: " + subject, WAIT);
		assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(messageId);
		String text = TestMail.text(reply);
		assertThat(text).contains("direct.csv — Принят с исключениями", "zipped.csv — Принят", "scan.pdf — не принят",
				"/sellout/reports/" + delivery.files().get(0).reportId());
		assertThat(delivery(messageId).status()).isEqualTo(DeliveryStatus.PROCESSED);
		assertThat(asSystem(() -> jdbc.sql("select source from sellout_reports where id = ?")
			.param(delivery.files().get(1).reportId())
			.query(String.class)
			.single())).isEqualTo("EMAIL");
	}

	@Test
	void forgedAndUnknownSendersAreQuarantinedAndNothingIsImported() throws Exception {
		String trusted = "mx.portal.test; dmarc=pass header.from=";
		String forged = send("evil@example.com", "sellout+alfa@portal.local", "forged.csv", trusted + "example.com");
		String unknown = send("stranger@example.com", "sellout@portal.local", "unknown.csv", trusted + "example.com");
		String fromAloneUnauthenticated = send("1c@alfa.example", "sellout@portal.local", "no-address.csv", null);
		String noSuchAddress = send("1c@alfa.example", "sellout+nobody@portal.local", "nobody.csv",
				trusted + "alfa.example");
		String betaByItsSecretAddress = send("someone@beta.example",
				TestMail.intakeAddress(transactions, jdbc, "beta.1c"), "beta.csv", null);
		String gammaByAuthenticatedSender = send("1c@gamma.example", "sellout@portal.local", "gamma.csv",
				trusted + "gamma.example");

		intake.poll();

		assertThat(delivery(forged).reason()).isEqualTo("mail.quarantine.senderNotAllowed");
		assertThat(delivery(unknown).reason()).isEqualTo("mail.quarantine.unknownSender");
		assertThat(delivery(fromAloneUnauthenticated).reason()).isEqualTo("mail.quarantine.notAuthenticated");
		assertThat(delivery(noSuchAddress).reason()).isEqualTo("mail.quarantine.unknownAddress");
		for (String quarantined : List.of(forged, unknown, fromAloneUnauthenticated, noSuchAddress)) {
			assertThat(delivery(quarantined).status()).isEqualTo(DeliveryStatus.QUARANTINED);
			assertThat(delivery(quarantined).distributorId()).isNull();
		}
		assertThat(delivery(betaByItsSecretAddress).distributorId()).isEqualTo(distributorId("BETA"));
		assertThat(delivery(gammaByAuthenticatedSender).distributorId()).isEqualTo(distributorId("GAMMA"));
		assertThat(asSystem(() -> jdbc
			.sql("""
					select count(*) from sellout_reports where file_name in ('forged.csv', 'unknown.csv', 'no-address.csv', 'nobody.csv')""")
			.query(Long.class)
			.single())).isZero();

		TestMail.awaitReceived(mail, "someone@beta.example", "Re: beta.csv", WAIT);
		assertThat(TestMail.receivedBy(mail, "evil@example.com")).as("no reply to a quarantined sender").isZero();
		assertThat(TestMail.receivedBy(mail, "stranger@example.com")).isZero();
	}

	@Test
	void aMessageSeenTwiceIsImportedOnce() throws Exception {
		String name = "twice-" + System.nanoTime() + ".csv";
		byte[] file = csv(7);
		String messageId = TestMail.newMessageId();
		TestMail.from(mail, "1c@alfa.example", alfa(), name).attach(name, file).send(messageId);

		// the node imports the message and dies before marking it read
		try (Store store = servers.openIntakeMailbox()) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			for (Message message : inbox.getMessages()) {
				if (messageId.equals(((MimeMessage) message).getMessageID())) {
					assertThat(messages.take(new MimeMessage((MimeMessage) message))).isTrue();
				}
			}
			inbox.close(false);
		}
		// the next poll sees it unread, knows it, marks it; a re-delivered copy is known
		// too
		intake.poll();
		TestMail.from(mail, "1c@alfa.example", alfa(), name).attach(name, file).send(messageId);
		intake.poll();

		assertThat(asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(name)
			.query(Long.class)
			.single())).isEqualTo(1);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from deliveries where message_key = ?")
			.param(messageId)
			.query(Long.class)
			.single())).isEqualTo(1);
		try (Store store = servers.openIntakeMailbox()) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			for (Message message : inbox.getMessages()) {
				if (messageId.equals(((MimeMessage) message).getMessageID())) {
					assertThat(message.isSet(Flags.Flag.SEEN)).isTrue();
				}
			}
			inbox.close(false);
		}
		TestMail.awaitReceived(mail, "1c@alfa.example", "Re: " + name, WAIT);
		Thread.sleep(1500);
		long replies = TestMail.withSubject(mail, subject -> ("Re: " + name).equals(subject));
		assertThat(replies).as("one reply").isEqualTo(1);
	}

	private String send(String from, String to, String fileName, String authenticationResults) {
		TestMail message = TestMail.from(mail, from, to, fileName);
		if (authenticationResults != null) {
			message.header("Authentication-Results", authenticationResults);
		}
		return message.attach(fileName, csv(8)).send(TestMail.newMessageId());
	}

	private String alfa() {
		return TestMail.intakeAddress(transactions, jdbc, "alfa.1c");
	}

	private Delivery delivery(String messageId) {
		return asSystem(() -> deliveries.get(jdbc.sql("select id from deliveries where message_key = ?")
			.param(messageId)
			.query(Long.class)
			.single()));
	}

	private static byte[] csv(int month) {
		return DropFiles.clean(month);
	}

	private static byte[] exceptionCsv(int month) {
		return DropFiles.withException(month);
	}

}
