package com.sellout.portal.identity.users;

import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.shared.SensitiveAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Выберите свой пароль»: the one page a person who logged in with a temporary password
 * (one an administrator chose or generated) sees first. Their own replaces it; then on to
 * the second factor's set-up when their role asks it, or where they were heading.
 */
@Controller
@RequestMapping(TemporaryPasswords.CHOICE_PAGE)
class OwnPasswordPages {

	private final UserAccounts users;

	private final TemporaryPasswords temporaries;

	private final AccessRevocation access;

	private final SecondFactorPolicy secondFactor;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	OwnPasswordPages(UserAccounts users, TemporaryPasswords temporaries, AccessRevocation access,
			SecondFactorPolicy secondFactor) {
		this.users = users;
		this.temporaries = temporaries;
		this.access = access;
		this.secondFactor = secondFactor;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
		if (!temporaries.isTemporary(me.id())) {
			request.getSession().removeAttribute(TemporaryPasswords.CHOICE_REQUIRED);
			return "redirect:/profile";
		}
		model.addAttribute("login", me.login());
		return "identity/own-password";
	}

	@PostMapping
	@SensitiveAction
	String choose(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes flash) {
		if (!temporaries.isTemporary(me.id())) {
			request.getSession().removeAttribute(TemporaryPasswords.CHOICE_REQUIRED);
			return "redirect:/profile";
		}
		try {
			if (!newPassword.equals(confirmation)) {
				throw new UserRuleViolation("confirmation", "profile.password.mismatch");
			}
			users.replaceTemporaryPassword(newPassword);
		}
		catch (UserRuleViolation violation) {
			model.addAttribute("login", me.login());
			model.addAttribute("errorField", violation.field());
			model.addAttribute("errorKey", violation.messageKey());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "identity/own-password";
		}
		// the person's other sessions end with the temporary password; this one goes on
		CurrentUser kept = access.keptFor(me);
		KeptSession.store(kept, request, response);
		request.getSession().removeAttribute(TemporaryPasswords.CHOICE_REQUIRED);
		flash.addFlashAttribute("notice", "password.own.chosen");
		return "redirect:" + next(kept, request, response);
	}

	private String next(CurrentUser me, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession().getAttribute(SecondFactorPolicy.SETUP_REQUIRED) != null) {
			return "/profile/second-factor";
		}
		if (secondFactor.standing(me) == SecondFactorPolicy.Standing.GRACE) {
			return "/profile/second-factor?prompt";
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return saved == null ? "/" : saved.getRedirectUrl();
	}

}
