package com.sellout.portal.identity.web;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in, for the navigation and role-dependent actions. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	CurrentUser me() {
		return CurrentUser.get().orElse(null);
	}

	/**
	 * The person may open one page only for now (their own password instead of a
	 * temporary one, the second factor's set-up after the grace period): the navigation
	 * is left out.
	 */
	@ModelAttribute("onePageFirst")
	boolean onePageFirst(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && (session.getAttribute(SecondFactorPolicy.SETUP_REQUIRED) != null
				|| session.getAttribute(TemporaryPasswords.CHOICE_REQUIRED) != null);
	}

}
