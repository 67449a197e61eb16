package com.sellout.portal.ingest.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.IntegrationAccounts.MailIdentity;

/**
 * Which integration account a mail comes from — by what a forger can neither know nor
 * pass:
 * <ul>
 * <li>the secret intake address {@code sellout+<token>@…} names its account alone;</li>
 * <li>an old tag address {@code sellout+<tag>@…}, or the From alone (an account's allowed
 * sender, to the plain intake address), counts only when the From is authenticated (see
 * {@link SenderAuthentication});</li>
 * <li>{@code sellout+t-…} is reserved for replies in conversations and never
 * sell-out.</li>
 * </ul>
 * Anything else is quarantined with its reason.
 */
final class SenderRecognition {

	private final IntakeAddress intake;

	private final SenderAuthentication authentication;

	SenderRecognition(IntakeAddress intake, SenderAuthentication authentication) {
		this.intake = intake;
		this.authentication = authentication;
	}

	/** The account, or why the mail is quarantined (a message key). */
	record Verdict(MailIdentity account, String quarantineReason) {

		static Verdict quarantine(String reason) {
			return new Verdict(null, reason);
		}

	}

	/**
	 * @param topmostAuthenticationResults the first {@code Authentication-Results} header
	 * of the message, or null when it has none
	 */
	Verdict recognise(String from, List<String> recipients, String topmostAuthenticationResults,
			List<MailIdentity> accounts) {
		String sender = from == null ? "" : from.toLowerCase(Locale.ROOT).strip();
		// the intake hands replies to conversations before this; none of them is ever
		// sell-out
		if (intake.replyTokenOf(recipients).isPresent()) {
			return Verdict.quarantine("mail.quarantine.reserved");
		}
		List<String> details = intake.detailsOf(recipients);
		for (String detail : details) {
			if (IntegrationAccounts.INTAKE_TOKEN.matcher(detail).matches()) {
				Optional<MailIdentity> byToken = accounts.stream()
					.filter(a -> detail.equals(a.intakeToken()))
					.findFirst();
				if (byToken.isPresent()) {
					return new Verdict(byToken.get(), null);
				}
			}
		}
		String unauthenticated = authentication.failure(sender, topmostAuthenticationResults);
		if (!details.isEmpty()) {
			Optional<MailIdentity> byTag = accounts.stream()
				.filter(a -> a.intakeTag() != null && details.contains(a.intakeTag().toLowerCase(Locale.ROOT)))
				.findFirst();
			if (byTag.isEmpty()) {
				return Verdict.quarantine("mail.quarantine.unknownAddress");
			}
			if (unauthenticated != null) {
				return Verdict.quarantine(unauthenticated);
			}
			if (!byTag.get().senders().isEmpty() && !byTag.get().senders().contains(sender)) {
				return Verdict.quarantine("mail.quarantine.senderNotAllowed");
			}
			return new Verdict(byTag.get(), null);
		}
		List<MailIdentity> bySender = accounts.stream().filter(a -> a.senders().contains(sender)).toList();
		if (bySender.isEmpty()) {
			return Verdict.quarantine("mail.quarantine.unknownSender");
		}
		if (bySender.size() > 1) {
			return Verdict.quarantine("mail.quarantine.ambiguousSender");
		}
		if (unauthenticated != null) {
			return Verdict.quarantine(unauthenticated);
		}
		return new Verdict(bySender.get(0), null);
	}

}
