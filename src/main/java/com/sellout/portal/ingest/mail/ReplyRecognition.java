package com.sellout.portal.ingest.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sellout.portal.ingest.ReplyMailbox;

/**
 * Whether a mail is a reply to a conversation mail — sent to a follower's reply address
 * {@code sellout+t-<token>@…}, whatever else it is sent to — and whether the reply is
 * taken: the token must name a live follower, the From must be that follower's address
 * and pass {@link SenderAuthentication}. Anything else sent to a reply address is
 * quarantined, and a quarantined reply can only be discarded: released to an integration
 * account it would turn a forged reply into sell-out.
 */
final class ReplyRecognition {

	/** The token of a reply address: 26 characters of base32, lower case. */
	static final Pattern TOKEN = Pattern.compile("[a-z2-7]{26}");

	/** Sent to a reply address while no module takes replies. */
	static final String RESERVED = "mail.quarantine.reserved";

	static final String UNKNOWN_ADDRESS = "mail.quarantine.replyUnknownAddress";

	static final String WRONG_SENDER = "mail.quarantine.replyWrongSender";

	static final String NOT_AUTHENTICATED = "mail.quarantine.replyNotAuthenticated";

	static final String AUTHENTICATION_FAILED = "mail.quarantine.replyAuthenticationFailed";

	/** An automatic answer (out of office, a robot): not a follower's message. */
	static final String AUTOMATIC = "mail.quarantine.replyAutomatic";

	private final IntakeAddress intake;

	private final SenderAuthentication authentication;

	ReplyRecognition(IntakeAddress intake, SenderAuthentication authentication) {
		this.intake = intake;
		this.authentication = authentication;
	}

	/**
	 * A reply: taken for the token's follower, or why it is quarantined (a message key).
	 */
	record Verdict(String token, String sender, String quarantineReason) {

		static Verdict quarantine(String token, String sender, String reason) {
			return new Verdict(token, sender, reason);
		}

		boolean taken() {
			return quarantineReason == null;
		}

	}

	/**
	 * Empty when the mail is sent to no reply address.
	 * @param mailbox where replies go, or null when no module takes them
	 * @param topmostAuthenticationResults the first {@code Authentication-Results} header
	 * of the message, or null when it has none
	 */
	Optional<Verdict> recognise(String from, List<String> recipients, String topmostAuthenticationResults,
			ReplyMailbox mailbox) {
		Optional<String> token = intake.replyTokenOf(recipients);
		if (token.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(verdict(token.get(), normalised(from), topmostAuthenticationResults, mailbox));
	}

	private Verdict verdict(String token, String sender, String topmost, ReplyMailbox mailbox) {
		if (mailbox == null) {
			return Verdict.quarantine(token, sender, RESERVED);
		}
		// a malformed token names nobody: the mailbox is not even asked
		Optional<String> follower = TOKEN.matcher(token).matches() ? mailbox.senderOf(token) : Optional.empty();
		if (follower.isEmpty()) {
			return Verdict.quarantine(token, sender, UNKNOWN_ADDRESS);
		}
		if (!normalised(follower.get()).equals(sender)) {
			return Verdict.quarantine(token, sender, WRONG_SENDER);
		}
		String unauthenticated = authentication.failure(sender, topmost);
		if (unauthenticated == null) {
			return new Verdict(token, sender, null);
		}
		// reasons of their own: the reason is what tells a quarantined reply, which must
		// not be released as sell-out, from quarantined sell-out mail
		return Verdict.quarantine(token, sender, unauthenticated.equals(SenderAuthentication.NOT_AUTHENTICATED)
				? NOT_AUTHENTICATED : AUTHENTICATION_FAILED);
	}

	/**
	 * Whether a quarantine reason is one of a mail sent to a reply address: such a mail
	 * is never released as sell-out.
	 */
	static boolean isReplyQuarantine(String reason) {
		return reason != null && (reason.equals(RESERVED) || reason.startsWith("mail.quarantine.reply"));
	}

	private static String normalised(String address) {
		return address == null ? "" : address.toLowerCase(Locale.ROOT).strip();
	}

}
