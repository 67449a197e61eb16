package com.sellout.portal.ingest.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.ingest.ReplyMail;
import com.sellout.portal.ingest.ReplyMailbox;
import com.sellout.portal.ingest.internal.DeliveredFiles;
import com.sellout.portal.ingest.internal.DeliveryLog;
import com.sellout.portal.ingest.internal.IntegrationSender;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.shared.RefusedException;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The intake with a conversations' mailbox of its own (the portal's intake has none until
 * the conversations module brings it): a follower's reply is taken once and logged as no
 * delivery; any other mail to a reply address is quarantined with its original, for the
 * administrator to discard and never to release. The test profile trusts the authserv-id
 * {@code mx.portal.test}.
 */
class ReplyIntakeTest extends PortalTest {

	private static final String TOKEN = "mnopqrstuvwxyzabcdefgh2345";

	private static final String REPLY_ADDRESS = "sellout+t-" + TOKEN + "@portal.local";

	private static final String PASS = "mx.portal.test; dmarc=pass header.from=alfa.example";

	@Autowired
	private MailServers servers;

	@Autowired
	private IntegrationAccounts integrations;

	@Autowired
	private DeliveredFiles files;

	@Autowired
	private DeliveryLog deliveries;

	@Autowired
	private IntegrationSender sender;

	@Autowired
	private Quarantine quarantine;

	private final Followers mailbox = new Followers();

	private IncomingMessages messages;

	/** A thread's followers by their tokens, and the replies taken, by message key. */
	private static final class Followers implements ReplyMailbox {

		private final Map<String, String> byToken = new ConcurrentHashMap<>(Map.of(TOKEN, "Ivan@Alfa.example"));

		private final Map<String, ReplyMail> taken = new ConcurrentHashMap<>();

		@Override
		public Optional<String> senderOf(String token) {
			return Optional.ofNullable(byToken.get(token));
		}

		@Override
		public boolean take(String token, ReplyMail reply) {
			return taken.putIfAbsent(reply.messageKey(), reply) == null;
		}

	}

	@BeforeEach
	void intakeWithAMailbox() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("replyMailbox", mailbox);
		messages = new IncomingMessages(servers, integrations, files, deliveries, sender, quarantine,
				beans.getBeanProvider(ReplyMailbox.class));
	}

	@Test
	void theFollowersAuthenticatedReplyIsTakenOnceWithItsFilesAndIsNoDelivery() throws Exception {
		String name = "reply-" + System.nanoTime() + ".csv";
		String key = TestMail.newMessageId();
		MimeMessage reply = reply(key, "Ivan <IVAN@alfa.example>", REPLY_ADDRESS, PASS, """
				Остатки во вложении.

				> %s
				> Пришлите остатки.
				""".formatted(ReplyMail.QUOTE_MARKER), name);

		assertThat(messages.take(reply)).isTrue();

		ReplyMail taken = mailbox.taken.get(key);
		assertThat(taken.from()).isEqualTo("ivan@alfa.example");
		assertThat(taken.subject()).isEqualTo("Re: Остатки за ноябрь");
		assertThat(taken.text()).isEqualTo("Остатки во вложении.");
		assertThat(taken.files()).extracting(ReplyMail.File::name).containsExactly(name);
		assertThat(new String(taken.files().get(0).content(), StandardCharsets.UTF_8)).startsWith("Дата;");
		assertThat(deliveriesWithKey(key)).as("the distributors' file log holds no reply").isZero();
		assertThat(reportsNamed(name)).as("a reply's file is no sell-out report").isZero();

		// read again after a crash before it was marked read
		assertThat(messages.take(copy(reply))).isFalse();
		assertThat(mailbox.taken).hasSize(1);
		assertThat(deliveriesWithKey(key)).isZero();
	}

	@Test
	void aReplyNotFromItsAuthenticatedFollowerIsQuarantinedWithItsOriginalAndOnlyDiscarded() throws Exception {
		String wrongSender = TestMail.newMessageId();
		String notAuthenticated = TestMail.newMessageId();
		String failed = TestMail.newMessageId();
		String unknown = TestMail.newMessageId();
		String file = "quarantined-" + System.nanoTime() + ".csv";
		assertThat(messages.take(reply(wrongSender, "boss@alfa.example", REPLY_ADDRESS, PASS, "Ответ", file))).isTrue();
		assertThat(messages.take(reply(notAuthenticated, "ivan@alfa.example", REPLY_ADDRESS, null, "Ответ", file)))
			.isTrue();
		assertThat(messages.take(reply(failed, "ivan@alfa.example", REPLY_ADDRESS,
				"mx.portal.test; dmarc=fail header.from=alfa.example", "Ответ", file)))
			.isTrue();
		// the follower was deactivated: the mailbox no longer knows the token
		mailbox.byToken.clear();
		MimeMessage late = reply(unknown, "ivan@alfa.example", REPLY_ADDRESS, PASS, "Ответ", file);
		assertThat(messages.take(late)).isTrue();

		assertThat(mailbox.taken).isEmpty();
		Map<String, String> reasons = Map.of(wrongSender, "mail.quarantine.replyWrongSender", notAuthenticated,
				"mail.quarantine.replyNotAuthenticated", failed, "mail.quarantine.replyAuthenticationFailed", unknown,
				"mail.quarantine.replyUnknownAddress");
		for (Map.Entry<String, String> expected : reasons.entrySet()) {
			long id = quarantinedId(expected.getKey(), expected.getValue());
			assertThat(asSystem(() -> jdbc.sql("select count(*) from quarantined_mails where delivery_id = ?")
				.param(id)
				.query(Long.class)
				.single())).as("the original is kept").isEqualTo(1);
			assertThat(asUser("admin", () -> quarantine.discardable(List.of(id)))).containsExactly(id);
			assertThat(asUser("admin", () -> quarantine.releasable(List.of(id)))).isEmpty();
			assertThatThrownBy(() -> asUser("admin", () -> {
				quarantine.release(id, userId("alfa.1c"));
				return null;
			})).isInstanceOf(RefusedException.class).hasMessageContaining("mail.quarantine.replyNotReleasable");
		}
		assertThat(reportsNamed(file)).isZero();
		// read again: known by the log, quarantined once
		assertThat(messages.take(copy(late))).isFalse();
		assertThat(deliveriesWithKey(unknown)).isEqualTo(1);
	}

	@Test
	void sellOutQuarantineIsStillReleasable() throws Exception {
		String key = TestMail.newMessageId();
		MimeMessage forged = reply(key, "1c@gamma.example", "sellout@portal.local", null, "Отчёт", "gamma.csv");
		assertThat(messages.take(forged)).isTrue();

		long id = quarantinedId(key, "mail.quarantine.notAuthenticated");
		assertThat(asUser("admin", () -> quarantine.releasable(List.of(id)))).containsExactly(id);
	}

	private long quarantinedId(String key, String reason) {
		return asSystem(() -> jdbc
			.sql("select id from deliveries where message_key = ? and status = 'QUARANTINED' and reason = ?"
					+ " and distributor_id is null")
			.params(key, reason)
			.query(Long.class)
			.single());
	}

	/**
	 * A reply, as the intake reads it from the mailbox: text and one sales file.
	 */
	private static MimeMessage reply(String key, String from, String to, String authenticationResults, String text,
			String fileName) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, to);
		message.setSubject("Re: Остатки за ноябрь", "UTF-8");
		if (authenticationResults != null) {
			message.addHeader("Authentication-Results", authenticationResults);
		}
		MimeMultipart parts = new MimeMultipart();
		MimeBodyPart body = new MimeBodyPart();
		body.setText(text, "UTF-8");
		parts.addBodyPart(body);
		MimeBodyPart file = new MimeBodyPart();
		file.setContent(("Дата;Документ;Покупатель;ИНН;Регион;Артикул;Количество;Сумма без НДС\n"
				+ "01.02.2012;R-1;\"ООО \"\"Щитстрой\"\"\";6645390113;Свердловская обл.;EL-10001;2;1000,50\n")
			.getBytes(StandardCharsets.UTF_8), "application/octet-stream");
		file.setFileName(fileName);
		file.setDisposition(MimeBodyPart.ATTACHMENT);
		parts.addBodyPart(file);
		message.setContent(parts);
		message.saveChanges();
		message.setHeader("Message-ID", key);
		return copy(message);
	}

	/** The message as read from the mailbox: parsed from its bytes. */
	private static MimeMessage copy(MimeMessage message) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		message.writeTo(bytes);
		return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
	}

	private long deliveriesWithKey(String key) {
		return asSystem(() -> jdbc.sql("select count(*) from deliveries where message_key = ?")
			.param(key)
			.query(Long.class)
			.single());
	}

	private long reportsNamed(String fileName) {
		return asSystem(() -> jdbc.sql("select count(*) from sellout_reports where file_name = ?")
			.param(fileName)
			.query(Long.class)
			.single());
	}

}
