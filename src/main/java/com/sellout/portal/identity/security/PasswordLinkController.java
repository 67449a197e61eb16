package com.sellout.portal.identity.security;

import java.util.Optional;

import com.sellout.portal.identity.PasswordLinks;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password?" on the login page, and the page behind a reset or invitation link.
 */
@Controller
class PasswordLinkController {

	private final PasswordLinks links;

	PasswordLinkController(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/password/forgot")
	String forgot() {
		return "identity/password-forgot";
	}

	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(required = false) String login, Model model) {
		if (login == null || login.isBlank()) {
			model.addAttribute("errorKey", "validation.required");
			return "identity/password-forgot";
		}
		links.requestReset(login);
		model.addAttribute("sent", true);
		return "identity/password-forgot";
	}

	@GetMapping("/password/{token}")
	String choose(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		Optional<PasswordLinks.Link> link = links.check(token);
		if (link.isEmpty()) {
			model.addAttribute("invalid", true);
		}
		else {
			model.addAttribute("link", link.get());
		}
		return "identity/password-choose";
	}

	@PostMapping("/password/{token}")
	String setPassword(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String confirmation, Model model) {
		model.addAttribute("token", token);
		Optional<PasswordLinks.Link> link = links.check(token);
		if (link.isEmpty()) {
			model.addAttribute("invalid", true);
			return "identity/password-choose";
		}
		model.addAttribute("link", link.get());
		if (password == null || !password.equals(confirmation)) {
			model.addAttribute("errorKey", "profile.password.mismatch");
			return "identity/password-choose";
		}
		try {
			links.choosePassword(token, password);
		}
		catch (UserRuleViolation violation) {
			model.addAttribute("errorKey", violation.messageKey());
			return "identity/password-choose";
		}
		catch (NotFoundException gone) {
			model.addAttribute("invalid", true);
			return "identity/password-choose";
		}
		return "redirect:/login?passwordSet";
	}

}
