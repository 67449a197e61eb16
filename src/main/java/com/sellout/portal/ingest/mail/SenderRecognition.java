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
 * sender, to the plain intake address), counts only when the topmost
 * {@code Authentication-Results} — the one the receiving server added on top of whatever
 * the sender wrote — comes from a trusted authserv-id and says {@code dmarc=pass}, or
 * {@code dkim=pass} aligned with the From domain;</li>
 * <li>{@code sellout+t-…} is reserved for replies in conversations and never
 * sell-out.</li>
 * </ul>
 * Anything else is quarantined with its reason.
 */
final class SenderRecognition {

	private final String mailboxLocal;

	private final String mailboxDomain;

	private final List<String> trustedAuthservIds;

	SenderRecognition(String intakeAddress, List<String> trustedAuthservIds) {
		String address = intakeAddress.toLowerCase(Locale.ROOT).strip();
		int at = address.indexOf('@');
		this.mailboxLocal = at < 0 ? address : address.substring(0, at);
		this.mailboxDomain = at < 0 ? "" : address.substring(at + 1);
		this.trustedAuthservIds = trustedAuthservIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
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
		List<String> details = recipients.stream().map(this::detailOf).flatMap(Optional::stream).toList();
		if (details.stream().anyMatch(detail -> detail.startsWith("t-"))) {
			return Verdict.quarantine("mail.quarantine.reserved");
		}
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
		String unauthenticated = unauthenticated(sender, topmostAuthenticationResults);
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

	/** Why the From is not authenticated (a message key), or null when it is. */
	private String unauthenticated(String sender, String topmost) {
		AuthenticationResults results = AuthenticationResults.parse(topmost);
		if (!results.addedBy(trustedAuthservIds)) {
			return "mail.quarantine.notAuthenticated";
		}
		int at = sender.lastIndexOf('@');
		return at > 0 && results.authenticates(AuthenticationResults.domainOf(sender)) ? null
				: "mail.quarantine.authenticationFailed";
	}

	/**
	 * The part after «+» of {@code local+detail@domain} when local and domain are the
	 * intake mailbox's.
	 */
	private Optional<String> detailOf(String recipient) {
		String address = recipient.toLowerCase(Locale.ROOT).strip();
		int at = address.lastIndexOf('@');
		if (at < 0 || !address.substring(at + 1).equals(mailboxDomain)) {
			return Optional.empty();
		}
		String local = address.substring(0, at);
		int plus = local.indexOf('+');
		if (plus < 0 || !local.substring(0, plus).equals(mailboxLocal) || plus == local.length() - 1) {
			return Optional.empty();
		}
		return Optional.of(local.substring(plus + 1));
	}

}
