package com.sellout.portal.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * A language chosen on the login page (before anyone is logged in) is the person's
 * choice: the login keeps it, and it becomes their language, instead of switching back to
 * the one their profile had.
 */
public final class LanguageChoice {

	private static final String BEFORE_LOGIN = LanguageChoice.class.getName() + ".beforeLogin";

	private LanguageChoice() {
	}

	static void rememberBeforeLogin(HttpSession session, String language) {
		session.setAttribute(BEFORE_LOGIN, language);
	}

	/** The language chosen before this login, forgotten once taken. */
	public static Optional<String> takeChosenBeforeLogin(HttpSession session) {
		Object chosen = session.getAttribute(BEFORE_LOGIN);
		session.removeAttribute(BEFORE_LOGIN);
		return chosen instanceof String language && LanguageConfiguration.LANGUAGES.contains(language)
				? Optional.of(language) : Optional.empty();
	}

}
