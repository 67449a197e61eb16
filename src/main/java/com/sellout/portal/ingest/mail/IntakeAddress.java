package com.sellout.portal.ingest.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The intake mailbox's address {@code local@domain} and what a recipient's «+detail»
 * says: an account's secret token or tag, or — with the prefix {@code t-} — a reply to a
 * conversation mail.
 */
final class IntakeAddress {

	/** The detail of the addresses reserved for replies in conversations. */
	static final String REPLY_PREFIX = "t-";

	private final String mailboxLocal;

	private final String mailboxDomain;

	IntakeAddress(String intakeAddress) {
		String address = intakeAddress.toLowerCase(Locale.ROOT).strip();
		int at = address.indexOf('@');
		this.mailboxLocal = at < 0 ? address : address.substring(0, at);
		this.mailboxDomain = at < 0 ? "" : address.substring(at + 1);
	}

	/** The details of those recipients that are the intake mailbox's, in their order. */
	List<String> detailsOf(List<String> recipients) {
		return recipients.stream().map(this::detailOf).flatMap(Optional::stream).toList();
	}

	/**
	 * The token after {@code t-} of the first recipient that is a reply address, when one
	 * is.
	 */
	Optional<String> replyTokenOf(List<String> recipients) {
		return detailsOf(recipients).stream()
			.filter(detail -> detail.startsWith(REPLY_PREFIX))
			.map(detail -> detail.substring(REPLY_PREFIX.length()))
			.findFirst();
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
