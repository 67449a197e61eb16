package com.sellout.portal.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.sellout.portal.identity.CurrentUser;
import jakarta.servlet.http.HttpSession;

/**
 * Who gave the right password and still owes the code: kept in the session, never an
 * authentication. The code is checked against this person only — there is no login on the
 * code page, so a password of one person and a code of another never log anyone in.
 */
record PendingSecondFactor(long userId, String login, int accessVersion, Instant passwordAt) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = PendingSecondFactor.class.getName();

	/** How long after the password the code is still taken. */
	static final Duration VALIDITY = Duration.ofMinutes(5);

	static PendingSecondFactor of(CurrentUser user, Instant now) {
		return new PendingSecondFactor(user.id(), user.login(), user.accessVersion(), now);
	}

	void store(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this);
	}

	static Optional<PendingSecondFactor> in(HttpSession session, Instant now) {
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSecondFactor pending) {
			if (pending.passwordAt().plus(VALIDITY).isAfter(now)) {
				return Optional.of(pending);
			}
			session.removeAttribute(ATTRIBUTE);
		}
		return Optional.empty();
	}

	static void clear(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

}
