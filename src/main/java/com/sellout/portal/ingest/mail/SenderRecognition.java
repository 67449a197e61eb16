package com.sellout.portal.ingest.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.identity.IntegrationAccounts.MailIdentity;

/**
 * Which integration account a mail comes from. The intake address ({@code sellout+<tag>@…})
 * names the account; its allowed senders, if it has any, must include the sender. Without an
 * intake address among the recipients the sender alone decides — but only for an account that has
 * no intake address, so that a forged From cannot stand in for the address.
 */
final class SenderRecognition {

	private final String mailboxLocal;

	private final String mailboxDomain;

	SenderRecognition(String intakeAddress) {
		String address = intakeAddress.toLowerCase(Locale.ROOT).strip();
		int at = address.indexOf('@');
		this.mailboxLocal = at < 0 ? address : address.substring(0, at);
		this.mailboxDomain = at < 0 ? "" : address.substring(at + 1);
	}

	/** The account, or why the mail is quarantined (a message key). */
	record Verdict(MailIdentity account, String quarantineReason) {

		static Verdict quarantine(String reason) {
			return new Verdict(null, reason);
		}

	}

	Verdict recognise(String from, List<String> recipients, List<MailIdentity> accounts) {
		String sender = from == null ? "" : from.toLowerCase(Locale.ROOT).strip();
		Optional<String> tag = recipients.stream().map(this::tagOf).flatMap(Optional::stream).findFirst();
		if (tag.isPresent()) {
			Optional<MailIdentity> account = accounts.stream().filter(a -> tag.get().equalsIgnoreCase(a.intakeTag())).findFirst();
			if (account.isEmpty()) {
				return Verdict.quarantine("mail.quarantine.unknownAddress");
			}
			if (!account.get().senders().isEmpty() && !account.get().senders().contains(sender)) {
				return Verdict.quarantine("mail.quarantine.senderNotAllowed");
			}
			return new Verdict(account.get(), null);
		}
		List<MailIdentity> bySender = accounts.stream().filter(a -> a.senders().contains(sender)).toList();
		if (bySender.isEmpty()) {
			return Verdict.quarantine("mail.quarantine.unknownSender");
		}
		if (bySender.size() > 1) {
			return Verdict.quarantine("mail.quarantine.ambiguousSender");
		}
		if (bySender.get(0).hasIntakeAddress()) {
			return Verdict.quarantine("mail.quarantine.intakeAddressRequired");
		}
		return new Verdict(bySender.get(0), null);
	}

	/** The tag of {@code local+tag@domain} when local and domain are the intake mailbox's. */
	private Optional<String> tagOf(String recipient) {
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
