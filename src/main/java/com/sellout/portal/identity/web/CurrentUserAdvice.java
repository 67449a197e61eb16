package com.sellout.portal.identity.web;

import com.sellout.portal.identity.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is logged in, for the navigation and role-dependent actions. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("me")
	CurrentUser me() {
		return CurrentUser.get().orElse(null);
	}

}
