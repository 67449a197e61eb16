package com.sellout.portal.conversations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.ReplyMail;
import com.sellout.portal.ingest.mail.MailIntake;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follower answers the notification by e-mail, to the Reply-To it carries: the reply
 * and its file join the thread (no sell-out report, no delivery), read twice it is taken
 * once; a reply from another address or one the receiving server did not authenticate is
 * quarantined; a deactivated follower's address takes nothing any more. The test profile
 * trusts the authserv-id {@code mx.portal.test}. The follower conva.mailer is this
 * test's.
 */
class ReplyByMailTest extends PortalTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String FOLLOWER = "conva.mailer@partner.test";

	@Autowired
	private UserAccounts users;

	@Autowired
	private Conversations conversations;

	@Autowired
	private MailServers servers;

	@Autowired
	private MailIntake intake;

	private GreenMail mail;

	@BeforeEach
	void fixture() {
		ConversationFixture.ensure(jdbc, users, this::asSystem);
		mail = servers.embedded();
	}

	@Test
	void aFollowersReplyByMailJoinsTheThreadAndForgedOnesAreQuarantined() throws Exception {
		long a = distributorId("CONVA");
		long mailer = asSystem(() -> jdbc.sql("select id from users where login = 'conva.mailer'")
			.query(Long.class)
			.optional()
			.orElseGet(() -> users.register("conva.mailer", ConversationFixture.PASSWORD, "Почтовый CONVA", FOLLOWER,
					Role.DISTRIBUTOR_MANAGER, a)));
		String subject = "Акт сверки " + System.nanoTime();
		long thread = asUser("analyst", () -> {
			long id = conversations
				.open(new NewThread(a, subject, About.general(),
						new NewMessage("Пришлите акт сверки за квартал.", false, List.of(), Via.PORTAL)))
				.id();
			conversations.follow(id, mailer);
			conversations.post(id, new NewMessage("Срок — пятница.", false, List.of(), Via.PORTAL));
			return id;
		});
		MimeMessage told = TestMail.awaitReceived(mail, FOLLOWER, "[CONVA] " + subject,
				text -> text.contains("Срок — пятница."), WAIT);
		String replyTo = ((InternetAddress) told.getReplyTo()[0]).getAddress();
		assertThat(replyTo).matches("sellout\\+t-[a-z2-7]{26}@portal\\.local");
		assertThat(TestMail.text(told)).startsWith(ReplyMail.QUOTE_MARKER).contains("Срок — пятница.");
		assertThat(told.getHeader("Auto-Submitted")).as("no out-of-office answers to the portal's mail")
			.containsExactly("auto-generated");

		String messageId = TestMail.newMessageId();
		TestMail.from(mail, FOLLOWER, replyTo, "Re: [CONVA] " + subject)
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=partner.test")
			.text("Акт во вложении.\n\n"
					+ TestMail.text(told).lines().map(line -> "> " + line).reduce("", (x, y) -> x + y + "\n"))
			.attach("акт-сверки.pdf", "%PDF-1.4 акт".getBytes(StandardCharsets.UTF_8))
			.send(messageId);
		intake.poll();
		ConversationThread after = asUser("analyst", () -> conversations.get(thread));
		ThreadMessage reply = after.messages().get(after.messages().size() - 1);
		assertThat(reply.via()).isEqualTo(Via.EMAIL);
		assertThat(reply.text()).isEqualTo("Акт во вложении.");
		assertThat(reply.authorName()).isEqualTo("Почтовый CONVA");
		assertThat(reply.attachments()).extracting(ThreadMessage.Attachment::fileName)
			.containsExactly("акт-сверки.pdf");
		assertThat(after.summary().state()).isEqualTo(ConversationState.ANSWERED);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from deliveries where message_key = ?")
			.param(messageId)
			.query(Long.class)
			.single())).as("a reply is no delivery").isZero();

		// read again (a crash before the mailbox was marked): taken once
		TestMail.from(mail, FOLLOWER, replyTo, "Re: [CONVA] " + subject)
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=partner.test")
			.text("Акт во вложении.")
			.send(messageId);
		intake.poll();
		assertThat(messages(thread)).isEqualTo(after.messages().size());

		String wrongFrom = TestMail.from(mail, "someone@partner.test", replyTo, "Re: подделка")
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=partner.test")
			.text("Подделка от другого адреса")
			.send(TestMail.newMessageId());
		String unauthenticated = TestMail.from(mail, FOLLOWER, replyTo, "Re: без подписи")
			.text("Подделка без проверки")
			.send(TestMail.newMessageId());
		String outOfOffice = TestMail.from(mail, FOLLOWER, replyTo, "Автоответ: нет на месте")
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=partner.test")
			.header("Auto-Submitted", "auto-replied")
			.text("Я в отпуске до понедельника")
			.send(TestMail.newMessageId());
		intake.poll();
		assertThat(quarantineReason(outOfOffice)).isEqualTo("mail.quarantine.replyAutomatic");
		assertThat(quarantineReason(wrongFrom)).isEqualTo("mail.quarantine.replyWrongSender");
		assertThat(quarantineReason(unauthenticated)).isEqualTo("mail.quarantine.replyNotAuthenticated");
		assertThat(messages(thread)).as("no forged reply joined").isEqualTo(after.messages().size());

		asUser("admin", () -> {
			users.setActive(mailer, false);
			return null;
		});
		String fromDeactivated = TestMail.from(mail, FOLLOWER, replyTo, "Re: после ухода")
			.header("Authentication-Results", "mx.portal.test; dmarc=pass header.from=partner.test")
			.text("Я уже не работаю")
			.send(TestMail.newMessageId());
		intake.poll();
		assertThat(quarantineReason(fromDeactivated)).isEqualTo("mail.quarantine.replyUnknownAddress");
		assertThat(messages(thread)).isEqualTo(after.messages().size());
	}

	private int messages(long thread) {
		return asSystem(() -> jdbc.sql("select count(*) from conversation_messages where thread_id = ?")
			.param(thread)
			.query(Integer.class)
			.single());
	}

	private String quarantineReason(String messageId) {
		return asSystem(() -> jdbc.sql("select status || ' ' || reason from deliveries where message_key = ?")
			.param(messageId)
			.query(String.class)
			.single()).replace("QUARANTINED ", "");
	}

}
