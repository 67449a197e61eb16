package com.sellout.portal.identity.security;

import java.util.Optional;

import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import jakarta.servlet.http.HttpSession;

/**
 * The one page a person must open before any other, if any: first their own password
 * instead of a temporary one ({@link TemporaryPasswords#CHOICE_REQUIRED}), then, when
 * their grace period ended without a second factor, its set-up
 * ({@link SecondFactorPolicy#SETUP_REQUIRED}). Both are marked at login and cleared by
 * what they ask. Read by {@link OnePageFirstFilter} (which sends there) and by the layout
 * (which then shows no navigation).
 */
public final class OnePageFirst {

	private OnePageFirst() {
	}

	public static Optional<String> pageFor(HttpSession session) {
		if (session == null) {
			return Optional.empty();
		}
		if (session.getAttribute(TemporaryPasswords.CHOICE_REQUIRED) != null) {
			return Optional.of(TemporaryPasswords.CHOICE_PAGE);
		}
		if (session.getAttribute(SecondFactorPolicy.SETUP_REQUIRED) != null) {
			return Optional.of(LoginSuccessHandler.SETUP_PAGE);
		}
		return Optional.empty();
	}

}
