package com.sellout.portal.ingest.mail;

import java.util.List;

/**
 * The sender-authentication rule of the intake: a From counts only when the topmost
 * {@code Authentication-Results} — the one the receiving server added on top of whatever
 * the sender wrote — comes from a trusted authserv-id and says {@code dmarc=pass}, or
 * {@code dkim=pass} aligned with the From domain. Sell-out mail by tag or From and
 * replies in conversations both stand on it.
 */
final class SenderAuthentication {

	static final String NOT_AUTHENTICATED = "mail.quarantine.notAuthenticated";

	static final String AUTHENTICATION_FAILED = "mail.quarantine.authenticationFailed";

	private final List<String> trustedAuthservIds;

	SenderAuthentication(List<String> trustedAuthservIds) {
		this.trustedAuthservIds = trustedAuthservIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
	}

	/**
	 * Why the From is not authenticated (a message key), or null when it is.
	 * @param sender the From address, lower case
	 * @param topmost the first {@code Authentication-Results} header of the message, or
	 * null when it has none
	 */
	String failure(String sender, String topmost) {
		AuthenticationResults results = AuthenticationResults.parse(topmost);
		if (!results.addedBy(trustedAuthservIds)) {
			return NOT_AUTHENTICATED;
		}
		int at = sender.lastIndexOf('@');
		return at > 0 && results.authenticates(AuthenticationResults.domainOf(sender)) ? null : AUTHENTICATION_FAILED;
	}

}
