package com.sellout.portal.identity.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (failure instanceof LoginThrottledException throttled) {
				model.addAttribute("errorKey", "login.throttled");
				model.addAttribute("errorArg", throttled.minutesToWait());
			}
			else if (failure instanceof TemporaryPasswordCheck.TemporaryPasswordException) {
				model.addAttribute("errorKey", "login.temporaryExpired");
			}
			else if (failure instanceof DisabledException) {
				model.addAttribute("errorKey", "login.disabled");
			}
			else {
				model.addAttribute("errorKey", "login.failed");
			}
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		return "identity/login";
	}

}
