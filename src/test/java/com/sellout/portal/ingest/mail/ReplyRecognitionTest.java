package com.sellout.portal.ingest.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.identity.IntegrationAccounts.MailIdentity;
import com.sellout.portal.ingest.ReplyMail;
import com.sellout.portal.ingest.ReplyMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mail is a reply to a conversation mail and which reply is taken: the token's live
 * follower as From, authenticated by the trusted server; all else quarantined, and never
 * sell-out.
 */
class ReplyRecognitionTest {

	private static final String TOKEN = "abcdefghijklmnopqrstuvwx23";

	private static final String DEAD = "zzzzzzzzzzzzzzzzzzzzzzzzzz";

	private static final String REPLY_ADDRESS = "sellout+t-" + TOKEN + "@portal.local";

	private static final String PASS = "mx.portal.test; dmarc=pass header.from=alfa.example";

	private static final IntakeAddress INTAKE = new IntakeAddress("Sellout@Portal.local");

	private static final SenderAuthentication AUTHENTICATION = new SenderAuthentication(List.of("mx.portal.test"));

	private final Followers followers = new Followers(Map.of(TOKEN, "Ivan@Alfa.example"));

	private final ReplyRecognition recognition = new ReplyRecognition(INTAKE, AUTHENTICATION);

	/**
	 * The conversations' mailbox as far as recognition asks it: who follows by a token.
	 */
	private record Followers(Map<String, String> byToken, List<String> asked) implements ReplyMailbox {

		Followers(Map<String, String> byToken) {
			this(byToken, new ArrayList<>());
		}

		@Override
		public Optional<String> senderOf(String token) {
			asked.add(token);
			return Optional.ofNullable(byToken.get(token));
		}

		@Override
		public boolean take(String token, ReplyMail reply) {
			throw new AssertionError("recognition takes nothing");
		}

	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none",
			textBlock = """
					the follower, authenticated         | ivan@alfa.example       | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | mx.portal.test; dmarc=pass header.from=alfa.example | none
					the follower, case and spaces aside | ' IVAN@alfa.EXAMPLE '   | SELLOUT+T-ABCDEFGHIJKLMNOPQRSTUVWX23@PORTAL.LOCAL | mx.portal.test; dkim=pass header.d=mail.alfa.example | none
					an unknown token                    | ivan@alfa.example       | sellout+t-bbbbbbbbbbbbbbbbbbbbbbbbbb@portal.local | mx.portal.test; dmarc=pass header.from=alfa.example | mail.quarantine.replyUnknownAddress
					a dead token                        | ivan@alfa.example       | sellout+t-zzzzzzzzzzzzzzzzzzzzzzzzzz@portal.local | mx.portal.test; dmarc=pass header.from=alfa.example | mail.quarantine.replyUnknownAddress
					another From, even authenticated    | boss@alfa.example       | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | mx.portal.test; dmarc=pass header.from=alfa.example | mail.quarantine.replyWrongSender
					no From                             | none                    | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | mx.portal.test; dmarc=pass header.from=alfa.example | mail.quarantine.replyWrongSender
					no Authentication-Results           | ivan@alfa.example       | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | none                                                | mail.quarantine.replyNotAuthenticated
					an untrusted authserv-id            | ivan@alfa.example       | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | mx.evil.example; dmarc=pass header.from=alfa.example | mail.quarantine.replyNotAuthenticated
					a failed dmarc                      | ivan@alfa.example       | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | mx.portal.test; dmarc=fail header.from=alfa.example | mail.quarantine.replyAuthenticationFailed
					a dkim=pass of another domain       | ivan@alfa.example       | sellout+t-abcdefghijklmnopqrstuvwx23@portal.local | mx.portal.test; dkim=pass header.d=mailer.example   | mail.quarantine.replyAuthenticationFailed
					""")
	void aReplyIsTakenOnlyFromItsFollowerAuthenticated(String what, String from, String to,
			String authenticationResults, String reason) {
		ReplyRecognition.Verdict verdict = recognition.recognise(from, List.of(to), authenticationResults, followers)
			.orElseThrow();

		assertThat(verdict.quarantineReason()).isEqualTo(reason);
		assertThat(verdict.taken()).isEqualTo(reason == null);
		assertThat(verdict.token())
			.isEqualTo(to.toLowerCase(Locale.ROOT).substring("sellout+t-".length(), to.indexOf('@')));
		if (reason == null) {
			assertThat(verdict.sender()).isEqualTo("ivan@alfa.example");
		}
	}

	@Test
	void aReplyAddressAmongOthersMakesTheMailAReplyAnyOtherDoesNot() {
		String secret = "sellout+" + "q".repeat(26) + "@portal.local";
		assertThat(recognition.recognise("ivan@alfa.example",
				List.of(secret, "sellout+alfa@portal.local", REPLY_ADDRESS, "ivan@alfa.example"), PASS, followers))
			.get()
			.extracting(ReplyRecognition.Verdict::token)
			.isEqualTo(TOKEN);
		assertThat(recognition.recognise("ivan@alfa.example",
				List.of(secret, "sellout+alfa@portal.local", "sellout+t-" + TOKEN + "@elsewhere.example",
						"other+t-" + TOKEN + "@portal.local"),
				PASS, followers))
			.as("the same detail at another mailbox is no reply address")
			.isEmpty();
		assertThat(followers.asked()).containsExactly(TOKEN);
	}

	@Test
	void aMalformedTokenNamesNobodyAndTheMailboxIsNotAsked() {
		for (String detail : new String[] { "t-", "t-4f2a9c", "t-" + TOKEN + "0", "t-abcdefghijklmnopqrstuvwx1!" }) {
			assertThat(recognition
				.recognise("ivan@alfa.example", List.of("sellout+" + detail + "@portal.local"), PASS, followers)
				.orElseThrow()
				.quarantineReason()).as(detail).isEqualTo("mail.quarantine.replyUnknownAddress");
		}
		assertThat(followers.asked()).isEmpty();
	}

	@Test
	void withoutAMailboxEveryReplyIsQuarantinedAsReserved() {
		assertThat(recognition.recognise("ivan@alfa.example", List.of(REPLY_ADDRESS), PASS, null)
			.orElseThrow()
			.quarantineReason()).isEqualTo("mail.quarantine.reserved");
	}

	@Test
	void sellOutRecognitionNeverTakesAReplyAddressEvenWithTheAccountsSecretAddress() {
		String token = "q".repeat(26);
		MailIdentity alfa = new MailIdentity(1, "alfa.1c", 10L, "alfa", token, List.of("ivan@alfa.example"), "ru");
		SenderRecognition sellOut = new SenderRecognition(INTAKE, AUTHENTICATION);

		SenderRecognition.Verdict verdict = sellOut.recognise("ivan@alfa.example",
				List.of("sellout+" + token + "@portal.local", REPLY_ADDRESS), PASS, List.of(alfa));

		assertThat(verdict.account()).isNull();
		assertThat(verdict.quarantineReason()).isEqualTo("mail.quarantine.reserved");
		assertThat(sellOut
			.recognise("ivan@alfa.example", List.of("sellout+" + token + "@portal.local"), PASS, List.of(alfa))
			.account()).as("the secret address alone").isEqualTo(alfa);
	}

	@Test
	void onlyReplyQuarantinesAreTold() {
		for (String reason : new String[] { "mail.quarantine.reserved", "mail.quarantine.replyUnknownAddress",
				"mail.quarantine.replyWrongSender", "mail.quarantine.replyNotAuthenticated",
				"mail.quarantine.replyAuthenticationFailed" }) {
			assertThat(ReplyRecognition.isReplyQuarantine(reason)).as(reason).isTrue();
		}
		for (String reason : new String[] { "mail.quarantine.notAuthenticated", "mail.quarantine.authenticationFailed",
				"mail.quarantine.unknownAddress", "mail.quarantine.unknownSender", null }) {
			assertThat(ReplyRecognition.isReplyQuarantine(reason)).as(reason).isFalse();
		}
	}

}
