package com.sellout.portal.identity.users;

import java.util.ArrayDeque;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * A form that issues a secret (a BI key, a personal token) carries a random id of the
 * page it was rendered on; a second submission with the same id — the browser's reload of
 * the page that showed the secret — issues nothing more. The session remembers the last
 * ids it saw.
 */
final class IssueOnce {

	/** The form field holding the id. */
	static final String FIELD = "issueId";

	private static final String SEEN = IssueOnce.class.getName() + ".seen";

	private static final int REMEMBERED = 50;

	private IssueOnce() {
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Whether this submission is the first with its id (a form without one counts as
	 * first), remembering it.
	 */
	static synchronized boolean first(HttpSession session, String kind, String id) {
		if (id == null || id.isBlank()) {
			return true;
		}
		@SuppressWarnings("unchecked")
		ArrayDeque<String> seen = session.getAttribute(SEEN) instanceof ArrayDeque<?> known ? (ArrayDeque<String>) known
				: new ArrayDeque<>();
		String key = kind + ":" + id;
		if (seen.contains(key)) {
			return false;
		}
		seen.addLast(key);
		while (seen.size() > REMEMBERED) {
			seen.removeFirst();
		}
		// set again, so that the stored session is written
		session.setAttribute(SEEN, seen);
		return true;
	}

}
