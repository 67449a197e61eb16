package com.sellout.portal.identity.web;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.security.OnePageFirst;
import jakarta.servlet.http.HttpServletRequest;

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
		return OnePageFirst.pageFor(request.getSession(false)).isPresent();
	}

}
