package com.sellout.portal.identity.factor;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.sessions.WebSessions;
import com.sellout.portal.shared.SensitiveAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor on the person's profile: set up from a QR code or the secret typed by
 * hand, confirmed by a first code, recovery codes shown once. Every answer is sent
 * {@code no-store}: no secret or code is kept by the browser or a proxy.
 */
@Controller
@RequestMapping("/profile/second-factor")
class SecondFactorPages {

	/** The day the grace period ends, as the manufacturer's office reads it. */
	private final SecondFactors factors;

	private final SecondFactorPolicy policy;

	private final Reauthentication reauthentication;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final WebSessions webSessions;

	SecondFactorPages(SecondFactors factors, SecondFactorPolicy policy, Reauthentication reauthentication,
			WebSessions webSessions) {
		this.webSessions = webSessions;
		this.factors = factors;
		this.policy = policy;
		this.reauthentication = reauthentication;
	}

	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String prompt, Model model) {
		model.addAttribute("prompt", prompt != null);
		return page(me, model);
	}

	/**
	 * Turns the factor on with its first code: a change of how the person logs in, so a
	 * session older than the re-authentication window gives the password first (someone
	 * at an unattended browser must not bind their own phone). Then the person may end
	 * their other sessions (started before the factor was on).
	 */
	@PostMapping("/confirm")
	@SensitiveAction
	String confirm(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) String prompt, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("prompt", prompt != null);
		Optional<List<String>> codes = factors.confirm(me, code);
		if (codes.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("codeWrong", true);
			return page(me, model);
		}
		request.getSession().removeAttribute(SecondFactorPolicy.SETUP_REQUIRED);
		reauthentication.markNow(request);
		model.addAttribute("recoveryCodes", codes.get());
		model.addAttribute("justEnabled", true);
		model.addAttribute("otherSessions", webSessions.mine().stream().filter(s -> !s.current()).count());
		return page(me, model);
	}

	@PostMapping("/recovery-codes")
	@SensitiveAction
	String renewRecoveryCodes(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("prompt", false);
		if (factors.isEnabled(me.id())) {
			model.addAttribute("recoveryCodes", factors.renewRecoveryCodes(me));
		}
		return page(me, model);
	}

	/**
	 * The new phone's first code: it replaces the old one, with new recovery codes shown
	 * once. A wrong code leaves the old phone in force and the new set-up waiting.
	 */
	@PostMapping("/replace/confirm")
	String confirmReplacement(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String code,
			HttpServletResponse response, Model model) {
		model.addAttribute("prompt", false);
		Optional<List<String>> codes = factors.confirmReplacement(me, code);
		if (codes.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("replacementCodeWrong", true);
			return page(me, model);
		}
		model.addAttribute("recoveryCodes", codes.get());
		model.addAttribute("replaced", true);
		model.addAttribute("otherSessions", webSessions.mine().stream().filter(s -> !s.current()).count());
		return page(me, model);
	}

	@PostMapping("/replace/cancel")
	String cancelReplacement(@AuthenticationPrincipal CurrentUser me, RedirectAttributes flash) {
		factors.cancelReplacement(me);
		flash.addFlashAttribute("notice", "secondFactor.replace.cancelled");
		return "redirect:/profile/second-factor";
	}

	/** "Later", during the grace period: on to where the person was heading. */
	@GetMapping("/later")
	String later(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return "redirect:" + (saved == null ? "/" : saved.getRedirectUrl());
	}

	private String page(CurrentUser me, Model model) {
		SecondFactors.Status status = factors.status(me.id());
		model.addAttribute("status", status);
		model.addAttribute("standing", policy.standing(me));
		model.addAttribute("graceUntil", policy.graceLastDay(me).orElse(null));
		model.addAttribute("required", policy.isRequired(me.role()));
		if (!status.enabled()) {
			factors.pendingSetup(me).ifPresent(setup -> model.addAttribute("setup", setup));
		}
		else if (!model.containsAttribute("recoveryCodes")) {
			factors.pendingReplacement(me).ifPresent(setup -> model.addAttribute("replacement", setup));
		}
		return "identity/second-factor";
	}

}
