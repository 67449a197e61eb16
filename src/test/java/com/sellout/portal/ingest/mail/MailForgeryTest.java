package com.sellout.portal.ingest.mail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.Deliveries;
import com.sellout.portal.ingest.Delivery;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.ingest.ReplyMailbox;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PageForm;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import com.sellout.portal.support.TestMail;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody forges a distributor's month by e-mail: the From alone, an old tag address, a
 * lower Authentication-Results are not enough; the secret intake address is; what is not
 * recognised is quarantined for the manufacturer's administrator to release or discard (a
 * mail to a conversation's reply address: discard only). Periods of 2011–2012. The test
 * profile trusts the authserv-id {@code mx.portal.test}.
 */
class MailForgeryTest extends PortalTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String TRUSTED = "mx.portal.test";

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake;

	@Autowired
	private Deliveries deliveries;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ObjectProvider<ReplyMailbox> replyMailbox;

	private GreenMail mail;

	@BeforeEach
	void mailServer() {
		mail = servers.embedded();
	}

	@Test
	void aForgedFromIsQuarantinedUntilTheAdministratorReleasesItThroughThePage() throws Exception {
		String before = "gamma-api-" + System.nanoTime() + ".csv";
		assertThat(
				browser().apiUpload("/api/v1/sellout/reports", before, sales(2011, 3), "gamma.1c", "demo").statusCode())
			.isIn(201, 202);
		long gammaReport = awaitFinished(before);
		String name = "forged-" + System.nanoTime() + ".csv";
		String forged = forgedFromGamma(name, sales(2011, 3));

		Delivery quarantined = delivery(forged);
		assertThat(quarantined.status()).isEqualTo(DeliveryStatus.QUARANTINED);
		assertThat(quarantined.distributorId()).isNull();
		assertThat(quarantined.reason()).isEqualTo("mail.quarantine.notAuthenticated");
		assertThat(reportsNamed(name)).as("not a report").isZero();
		assertThat(reportStatus(gammaReport)).as("GAMMA's month is not superseded")
			.isIn("ACCEPTED", "ACCEPTED_WITH_EXCEPTIONS");
		assertThat(TestMail.withSubject(mail, ("Re: " + name)::equals)).as("no reply to a quarantined sender").isZero();

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String page = admin.get("/deliveries?status=QUARANTINED").body();
		assertThat(page).contains(name, "Отправитель не подтверждён");
		long releasing = System.nanoTime();
		HttpResponse<String> released = PageForm
			.on(admin, "/deliveries?status=QUARANTINED", "form[data-testid=release-" + quarantined.id() + "]")
			.choose("account", "GAMMA · gamma.1c")
			.submit();
		assertThat(released.statusCode()).isEqualTo(302);

		Delivery processed = awaitStatus(forged, DeliveryStatus.PROCESSED);
		System.out.printf("released quarantined mail processed in %d ms%n",
				(System.nanoTime() - releasing) / 1_000_000);
		assertThat(processed.distributorId()).isEqualTo(distributorId("GAMMA"));
		assertThat(processed.receivedBy()).isEqualTo("gamma.1c");
		assertThat(processed.files()).extracting(Delivery.DeliveredFile::fileName).containsExactly(name);
		long releasedReport = processed.files().get(0).reportId();
		assertThat(asSystem(() -> jdbc.sql("select distributor_id from sellout_reports where id = ?")
			.param(releasedReport)
			.query(Long.class)
			.single())).isEqualTo(distributorId("GAMMA"));
		assertThat(reportStatus(gammaReport)).as("the released report is GAMMA's month now").isEqualTo("SUPERSEDED");
		assertThat(audited("MAIL_RELEASED", quarantined.id())).isEqualTo(1);
		TestMail.awaitReceived(mail, "1c@gamma.example", "Re: " + name, WAIT);
		assertThat(admin.get("/deliveries?status=QUARANTINED").body()).as("no longer in quarantine")
			.doesNotContain("data-testid=\"release-" + quarantined.id() + "\"");
	}

	@Test
	void theAdministratorDiscardsAQuarantinedMessage() throws Exception {
		String name = "spam-" + System.nanoTime() + ".csv";
		String spam = forgedFromGamma(name, sales(2011, 4));
		long id = delivery(spam).id();

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		assertThat(PageForm.on(admin, "/deliveries?status=QUARANTINED", "form[data-testid=discard-" + id + "]")
			.submit()
			.statusCode()).isEqualTo(302);

		assertThat(delivery(spam).status()).isEqualTo(DeliveryStatus.DISCARDED);
		assertThat(delivery(spam).distributorId()).isNull();
		assertThat(asSystem(() -> jdbc.sql("select count(*) from quarantined_mails where delivery_id = ?")
			.param(id)
			.query(Long.class)
			.single())).as("the original is dropped").isZero();
		assertThat(audited("MAIL_DISCARDED", id)).isEqualTo(1);
		assertThat(reportsNamed(name)).isZero();
		assertThat(admin.get("/deliveries?status=QUARANTINED").body())
			.doesNotContain("data-testid=\"discard-" + id + "\"");
	}

	@Test
	void theSecretAddressOnTheCardNamesTheAccountAndARegeneratedOneReplacesItAtOnce() throws Exception {
		long alfa1c = userId("alfa.1c");
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String address = intakeAddress(admin, alfa1c);
		String name = "token-" + System.nanoTime() + ".csv";
		// the token alone names the account: any From, no Authentication-Results
		String taken = TestMail.from(mail, "robot@elsewhere.example", address, name)
			.attach(name, sales(2011, 5))
			.send(TestMail.newMessageId());
		intake.poll();
		assertThat(delivery(taken).distributorId()).isEqualTo(distributorId("ALFA"));
		assertThat(delivery(taken).files().get(0).reportId()).isNotNull();

		PageForm regenerate = PageForm.on(admin, "/admin/users/" + alfa1c, "form[data-testid=regenerate-intake]");
		assertThat(regenerate.submitFrom(browser().loggedInAs("beta.admin", "demo"), "/admin/users").statusCode())
			.as("another distributor's administrator")
			.isIn(403, 404);
		assertThat(intakeAddress(admin, alfa1c)).isEqualTo(address);
		assertThat(regenerate.submit().statusCode()).isEqualTo(302);
		String renewed = intakeAddress(admin, alfa1c);
		assertThat(renewed).isNotEqualTo(address);
		assertThat(audited("MAIL_INTAKE_TOKEN_REGENERATED", alfa1c)).isEqualTo(1);
		String old = TestMail.from(mail, "robot@elsewhere.example", address, "old " + name)
			.attach("old-" + name, sales(2011, 6))
			.send(TestMail.newMessageId());
		String fresh = TestMail.from(mail, "robot@elsewhere.example", renewed, "new " + name)
			.attach("new-" + name, sales(2011, 6))
			.send(TestMail.newMessageId());
		intake.poll();
		assertThat(delivery(old).status()).isEqualTo(DeliveryStatus.QUARANTINED);
		assertThat(delivery(old).reason()).isEqualTo("mail.quarantine.unknownAddress");
		assertThat(delivery(fresh).distributorId()).isEqualTo(distributorId("ALFA"));
	}

	@Test
	void aDeactivatedAccountsSecretAddressStopsWorking() throws Exception {
		String login = "gamma.mail" + System.nanoTime() % 100_000;
		long id = asSystem(() -> users.register(login, "mail-password", "Почта GAMMA", null, Role.INTEGRATION,
				distributorId("GAMMA")));
		String address = TestMail.intakeAddress(transactions, jdbc, login);
		assertThat(address).matches("sellout\\+[a-z2-7]{26}@portal\\.local");
		asUser("admin", () -> {
			users.setActive(id, false);
			return null;
		});
		String name = "inactive-" + System.nanoTime() + ".csv";
		String message = TestMail.from(mail, "1c@gamma.example", address, name)
			.attach(name, sales(2011, 8))
			.send(TestMail.newMessageId());
		intake.poll();
		assertQuarantinedAsUnknownAddress(message, name);
	}

	@Test
	void aDeactivatedDistributorsSecretAddressStopsWorking() throws Exception {
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String code = "ML" + (System.nanoTime() % 100000);
		admin.submit("/distributors/new", "/distributors", Map.of("code", code, "name", "ООО \"Почта\"", "inn",
				TestInns.organisation((int) (System.nanoTime() % 1_000_000)), "reportingFrequency", "MONTHLY"));
		long distributor = distributorId(code);
		String login = "mail." + code.toLowerCase();
		asSystem(() -> users.register(login, "mail-password", "Почта " + code, null, Role.INTEGRATION, distributor));
		String address = TestMail.intakeAddress(transactions, jdbc, login);
		PageForm.on(admin, "/distributors/" + distributor, "form[action$=/deactivate]").submit();

		String name = "closed-" + System.nanoTime() + ".csv";
		String message = TestMail.from(mail, "1c@closed.example", address, name)
			.attach(name, sales(2012, 11))
			.send(TestMail.newMessageId());
		intake.poll();
		assertQuarantinedAsUnknownAddress(message, name);
	}

	@Test
	void anOldTagAddressCountsOnlyWithTheTrustedServersDmarcPassOnTop() throws Exception {
		String pass = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; spf=pass smtp.mailfrom=alfa.example; dmarc=pass header.from=alfa.example");
		String untrusted = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				"mx.evil.example; dmarc=pass header.from=alfa.example");
		String failed = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dmarc=fail (p=none) header.from=alfa.example");
		String none = tagged("1c@alfa.example", "sellout+alfa@portal.local");
		// the receiving server's verdict is on top; the sender wrote a passing one below
		// it
		String lowerForged = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dmarc=fail header.from=alfa.example", TRUSTED + "; dmarc=pass header.from=alfa.example");
		String fromOnly = tagged("1c@gamma.example", "sellout@portal.local",
				"  MX.Portal.Test (our relay) 1; DMARC=Pass (policy=reject) header.from=gamma.example");

		intake.poll();

		assertThat(delivery(pass).distributorId()).isEqualTo(distributorId("ALFA"));
		assertThat(delivery(fromOnly).distributorId()).as("From-only recognition, case and comments aside")
			.isEqualTo(distributorId("GAMMA"));
		assertThat(delivery(untrusted).reason()).isEqualTo("mail.quarantine.notAuthenticated");
		assertThat(delivery(failed).reason()).isEqualTo("mail.quarantine.authenticationFailed");
		assertThat(delivery(none).reason()).isEqualTo("mail.quarantine.notAuthenticated");
		assertThat(delivery(lowerForged).reason()).isEqualTo("mail.quarantine.authenticationFailed");
		for (String refused : new String[] { untrusted, failed, none, lowerForged }) {
			assertThat(delivery(refused).status()).isEqualTo(DeliveryStatus.QUARANTINED);
			assertThat(delivery(refused).files()).isEmpty();
		}
	}

	@Test
	void aDkimPassCountsWhenItsDomainIsAlignedWithTheFrom() throws Exception {
		String subdomain = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dkim=pass (2048-bit key) header.d=mail.alfa.example header.s=\"sel 1\"; dmarc=none");
		String byIdentity = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dkim=neutral header.d=alfa.example; dkim=pass header.i=\"@alfa.example\"");
		String otherDomain = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dkim=pass header.d=mailer.example; spf=pass smtp.mailfrom=alfa.example");
		String lookalike = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dkim=pass header.d=evilalfa.example");
		String inComment = tagged("1c@alfa.example", "sellout+alfa@portal.local",
				TRUSTED + "; dkim=fail (not dkim=pass header.d=alfa.example) header.d=alfa.example");

		intake.poll();

		assertThat(delivery(subdomain).distributorId()).isEqualTo(distributorId("ALFA"));
		assertThat(delivery(byIdentity).distributorId()).isEqualTo(distributorId("ALFA"));
		for (String refused : new String[] { otherDomain, lookalike, inComment }) {
			assertThat(delivery(refused).status()).isEqualTo(DeliveryStatus.QUARANTINED);
			assertThat(delivery(refused).reason()).isEqualTo("mail.quarantine.authenticationFailed");
		}
	}

	@Test
	void aMailToAReplyAddressIsNeverSellOutNorReleasedWhateverElseItIsSentTo() throws Exception {
		String name = "reply-" + System.nanoTime() + ".csv";
		// also to ALFA's secret address, which alone would make it ALFA's report
		String to = TestMail.intakeAddress(transactions, jdbc, "alfa.1c") + ", sellout+t-" + unknownToken()
				+ "@portal.local";
		String reply = TestMail.from(mail, "1c@alfa.example", to, "Re: " + name)
			.header("Authentication-Results", TRUSTED + "; dmarc=pass header.from=alfa.example")
			.attach(name, sales(2012, 2))
			.send(TestMail.newMessageId());
		intake.poll();

		Delivery quarantined = delivery(reply);
		assertThat(quarantined.status()).isEqualTo(DeliveryStatus.QUARANTINED);
		// without the conversations' mailbox (module tests) every reply is reserved
		assertThat(quarantined.reason()).isEqualTo(replyMailbox.getIfAvailable() == null ? "mail.quarantine.reserved"
				: "mail.quarantine.replyUnknownAddress");
		assertThat(quarantined.distributorId()).isNull();
		assertThat(quarantined.files()).isEmpty();
		assertThat(reportsNamed(name)).isZero();

		PortalHttp admin = browser().loggedInAs("admin", "demo");
		String page = admin.get("/deliveries?status=QUARANTINED").body();
		assertThat(page).contains("data-testid=\"discard-" + quarantined.id() + "\"")
			.contains("data-testid=\"reply-" + quarantined.id() + "\"")
			.doesNotContain("data-testid=\"release-" + quarantined.id() + "\"");
		HttpResponse<String> released = admin.submit("/deliveries?status=QUARANTINED",
				"/deliveries/" + quarantined.id() + "/release", Map.of("account", String.valueOf(userId("alfa.1c"))));
		assertThat(released.statusCode()).isEqualTo(400);
		assertThat(released.body()).contains("можно только удалить");
		assertThat(delivery(reply).status()).isEqualTo(DeliveryStatus.QUARANTINED);
		assertThat(reportsNamed(name)).isZero();
		assertThat(audited("MAIL_RELEASED", quarantined.id())).isZero();

		assertThat(PageForm
			.on(admin, "/deliveries?status=QUARANTINED", "form[data-testid=discard-" + quarantined.id() + "]")
			.submit()
			.statusCode()).isEqualTo(302);
		assertThat(delivery(reply).status()).isEqualTo(DeliveryStatus.DISCARDED);
	}

	/** A well-formed reply token nobody was given. */
	private static String unknownToken() {
		String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
		SecureRandom random = new SecureRandom();
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < 26; i++) {
			token.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return token.toString();
	}

	@Test
	void aTagThatCouldBeReadAsATokenOrAReplyIsRefused() {
		long beta1c = userId("beta.1c");
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		for (String tag : new String[] { "t-beta", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVW234" }) {
			HttpResponse<String> saved = PageForm.on(admin, "/admin/users/" + beta1c, "form[data-testid=mail-intake]")
				.fill("intakeTag", tag)
				.submit();
			assertThat(saved.statusCode()).isEqualTo(302);
			String card = admin.get("/admin/users/" + beta1c).body();
			assertThat(card).as(tag).containsAnyOf("зарезервированы для ответов", "похожа на секретный адрес");
			assertThat(asSystem(() -> jdbc.sql("select mail_intake_tag from users where id = ?")
				.param(beta1c)
				.query(String.class)
				.single())).isEqualTo("beta");
		}
		// a tag of 26 characters outside the token's alphabet is a tag like any other
		assertThat(PageForm.on(admin, "/admin/users/" + beta1c, "form[data-testid=mail-intake]")
			.fill("intakeTag", "beta-branch-number-one-011")
			.submit()
			.statusCode()).isEqualTo(302);
		assertThat(asSystem(() -> jdbc.sql("select mail_intake_tag from users where id = ?")
			.param(beta1c)
			.query(String.class)
			.single())).isEqualTo("beta-branch-number-one-011");
		PageForm.on(admin, "/admin/users/" + beta1c, "form[data-testid=mail-intake]")
			.fill("intakeTag", "beta")
			.submit();
	}

	@Test
	void aForwardedMessagesAttachmentsAreTaken() throws Exception {
		String name = "forwarded-" + System.nanoTime() + ".csv";
		MimeMessage original = new MimeMessage(Session.getInstance(new Properties()));
		original.setFrom(new InternetAddress("buh@beta.example"));
		original.setSubject("Продажи");
		MimeMultipart inner = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText("см. вложение", "UTF-8");
		inner.addBodyPart(text);
		MimeBodyPart file = new MimeBodyPart();
		file.setContent(sales(2012, 3), "application/octet-stream");
		file.setFileName(name);
		file.setDisposition(MimeBodyPart.ATTACHMENT);
		inner.addBodyPart(file);
		MimeBodyPart pdf = new MimeBodyPart();
		pdf.setContent("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf");
		pdf.setFileName("act.pdf");
		inner.addBodyPart(pdf);
		original.setContent(inner);
		original.saveChanges();
		MimeBodyPart forwarded = new MimeBodyPart();
		forwarded.setContent(original, "message/rfc822");
		forwarded.setDisposition(MimeBodyPart.ATTACHMENT);

		String messageId = TestMail.from(mail, "boss@beta.example", "sellout+beta@portal.local", "Fwd: " + name)
			.header("Authentication-Results", TRUSTED + "; dmarc=pass header.from=beta.example")
			.attachPart(forwarded)
			.send(TestMail.newMessageId());
		intake.poll();

		Delivery delivery = delivery(messageId);
		assertThat(delivery.distributorId()).isEqualTo(distributorId("BETA"));
		assertThat(delivery.files()).extracting(Delivery.DeliveredFile::fileName).containsExactly(name, "act.pdf");
		assertThat(delivery.files().get(0).reportId()).isNotNull();
		assertThat(delivery.files().get(1).refusal()).isEqualTo("delivery.unsupportedFile");
	}

	@Test
	void aDistributorNeitherSeesNorReleasesQuarantine() throws Exception {
		String name = "hidden-" + System.nanoTime() + ".csv";
		String message = forgedFromGamma(name, sales(2011, 7));
		long id = delivery(message).id();
		PortalHttp admin = browser().loggedInAs("admin", "demo");
		PageForm release = PageForm.on(admin, "/deliveries?status=QUARANTINED", "form[data-testid=release-" + id + "]")
			.choose("account", "BETA · beta.1c");
		PageForm discard = PageForm.on(admin, "/deliveries?status=QUARANTINED", "form[data-testid=discard-" + id + "]");

		for (String login : new String[] { "beta.admin", "gamma.admin", "analyst" }) {
			PortalHttp other = browser().loggedInAs(login, "demo");
			String page = other.get("/deliveries?status=QUARANTINED").body();
			assertThat(page).as(login)
				.doesNotContain("data-testid=\"release-")
				.doesNotContain("data-testid=\"discard-");
			if (!login.equals("analyst")) {
				assertThat(page).doesNotContain(name);
			}
			assertThat(release.submitFrom(other, "/deliveries").statusCode()).as(login).isIn(403, 404);
			assertThat(discard.submitFrom(other, "/deliveries").statusCode()).as(login).isIn(403, 404);
		}
		assertThat(delivery(message).status()).isEqualTo(DeliveryStatus.QUARANTINED);
		assertThat(reportsNamed(name)).isZero();
	}

	/**
	 * GAMMA's From on a message to the plain intake address, read by the intake: the
	 * forgery.
	 */
	private String forgedFromGamma(String file, byte[] content) throws Exception {
		String messageId = TestMail.from(mail, "1c@gamma.example", "sellout@portal.local", file)
			.attach(file, content)
			.send(TestMail.newMessageId());
		intake.poll();
		return messageId;
	}

	private void assertQuarantinedAsUnknownAddress(String message, String file) {
		assertThat(delivery(message).status()).isEqualTo(DeliveryStatus.QUARANTINED);
		assertThat(delivery(message).reason()).isEqualTo("mail.quarantine.unknownAddress");
		assertThat(reportsNamed(file)).isZero();
	}

	/**
	 * A message from {@code from} to {@code to} with these Authentication-Results,
	 * topmost first.
	 */
	private String tagged(String from, String to, String... authenticationResults) {
		String name = "auth-" + NEXT.incrementAndGet() + "-" + System.nanoTime() + ".csv";
		TestMail message = TestMail.from(mail, from, to, name);
		for (String header : authenticationResults) {
			message.header("Authentication-Results", header);
		}
		return message.attach(name, sales(2012, 1 + NEXT.get() % 2)).send(TestMail.newMessageId());
	}

	private static final Pattern ADDRESS = Pattern
		.compile("data-testid=\"intake-address\"[^>]*>(sellout\\+[a-z2-7]{26}@portal\\.local)<");

	private static String intakeAddress(PortalHttp admin, long userId) {
		Matcher address = ADDRESS.matcher(admin.get("/admin/users/" + userId).body());
		assertThat(address.find()).as("the card shows the secret intake address").isTrue();
		return address.group(1);
	}

	private long awaitFinished(String fileName) throws InterruptedException {
		long until = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < until) {
			var row = asSystem(() -> jdbc.sql("select id, status from sellout_reports where file_name = ?")
				.param(fileName)
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
				.optional());
			if (row.isPresent() && row.get().getValue().startsWith("ACCEPTED")) {
				return row.get().getKey();
			}
			Thread.sleep(200);
		}
		throw new AssertionError(fileName + " not accepted within " + WAIT);
	}

	private Delivery awaitStatus(String messageId, DeliveryStatus status) throws InterruptedException {
		long until = System.nanoTime() + WAIT.toNanos();
		Delivery delivery = delivery(messageId);
		while (delivery.status() != status && System.nanoTime() < until) {
			Thread.sleep(200);
			delivery = delivery(messageId);
		}
		assertThat(delivery.status()).isEqualTo(status);
		return delivery;
	}

	private String reportStatus(long reportId) {
		return asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(reportId)
			.query(String.class)
			.single());
	}

	private long reportsNamed(String fileName) {
		return asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(fileName)
			.query(Long.class)
			.single());
	}

	private long audited(String action, long targetId) {
		return asSystem(() -> jdbc.sql("select count(*) from audit_events where action = ? and target_id = ?")
			.params(action, String.valueOf(targetId))
			.query(Long.class)
			.single());
	}

	private Delivery delivery(String messageId) {
		return asSystem(() -> deliveries.get(jdbc.sql("select id from deliveries where message_key = ?")
			.param(messageId)
			.query(Long.class)
			.single()));
	}

	/** A one-line GAMMA/ALFA/BETA sales file of that month, each one different. */
	private static byte[] sales(int year, int month) {
		int n = NEXT.incrementAndGet();
		return ("Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n"
				+ "%02d.%02d.%d;M-%d;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;2;%d,50\n"
					.formatted(1 + n % 27, month, year, n, 1000 + n))
			.getBytes(StandardCharsets.UTF_8);
	}

}
