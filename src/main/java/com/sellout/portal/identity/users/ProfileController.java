package com.sellout.portal.identity.users;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.identity.factor.SecondFactors;
import com.sellout.portal.identity.security.ProofAttempts;
import com.sellout.portal.identity.sessions.WebSessions;
import com.sellout.portal.shared.SensitiveAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The current user's own page: details, language, password, second factor, BI keys,
 * personal API tokens, web sessions.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

	private final UserAccounts users;

	private final LocaleResolver localeResolver;

	private final AccessRevocation access;

	private final BiKeys biKeys;

	private final SecondFactors secondFactors;

	private final SecondFactorPolicy secondFactorPolicy;

	private final WebSessions webSessions;

	private final PersonalTokens personalTokens;

	private final Reauthentication reauthentication;

	private final ProofAttempts attempts;

	ProfileController(UserAccounts users, LocaleResolver localeResolver, AccessRevocation access, BiKeys biKeys,
			SecondFactors secondFactors, SecondFactorPolicy secondFactorPolicy, WebSessions webSessions,
			PersonalTokens personalTokens, Reauthentication reauthentication, ProofAttempts attempts) {
		this.attempts = attempts;
		this.reauthentication = reauthentication;
		this.secondFactors = secondFactors;
		this.secondFactorPolicy = secondFactorPolicy;
		this.webSessions = webSessions;
		this.users = users;
		this.localeResolver = localeResolver;
		this.access = access;
		this.biKeys = biKeys;
		this.personalTokens = personalTokens;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser me, Model model) {
		UserAccount account = users.get(me.id());
		model.addAttribute("account", account);
		model.addAttribute("form", ProfileForm.of(account));
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(model);
	}

	/**
	 * Issues a BI key and shows it on the page this request answers — not through a
	 * redirect, so the secret is never kept in the session, even for one request.
	 */
	@PostMapping("/bi-keys")
	@SensitiveAction
	String issueBiKey(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("biKeyForm") BiKeyForm form,
			BindingResult errors, @RequestParam(name = IssueOnce.FIELD, required = false) String issueId,
			HttpServletRequest request, Model model) {
		if (!IssueOnce.first(request.getSession(), "bi-key", issueId)) {
			model.addAttribute("alreadyIssued", "bikey.alreadyIssued");
			return pageWithSecret(me, model);
		}
		try {
			BiKeys.IssuedBiKey issued = biKeys.issue(form.name() == null ? "" : form.name(), form.expiresAt());
			model.addAttribute("newBiKey", issued);
			model.addAttribute("biKeyForm", BiKeyForm.empty());
		}
		catch (UserRuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey());
		}
		return pageWithSecret(me, model);
	}

	/**
	 * The address the issuing page was answered at, opened again (a reload after
	 * confirming, the language switch): the profile, the key no longer shown.
	 */
	@GetMapping("/bi-keys")
	String biKeys() {
		return "redirect:/profile#bi-keys";
	}

	@PostMapping("/bi-keys/{keyId}/revoke")
	String revokeBiKey(@PathVariable long keyId, RedirectAttributes flash) {
		biKeys.revoke(keyId);
		flash.addFlashAttribute("notice", "bikey.revokedNotice");
		return "redirect:/profile#bi-keys";
	}

	/**
	 * Issues a personal API token, a sensitive action (a recent password, or the
	 * confirmation form first), and shows it on the page this request answers, like a BI
	 * key: never through a redirect.
	 */
	@SensitiveAction
	@PostMapping("/tokens")
	String issueToken(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("tokenForm") PersonalTokenForm form,
			BindingResult errors, @RequestParam(name = IssueOnce.FIELD, required = false) String issueId,
			HttpServletRequest request, Model model) {
		if (!IssueOnce.first(request.getSession(), "token", issueId)) {
			model.addAttribute("alreadyIssued", "ptoken.alreadyIssued");
			return pageWithSecret(me, model);
		}
		try {
			PersonalTokens.IssuedToken issued = personalTokens.issue(form.name() == null ? "" : form.name(),
					form.chosenScope(), form.days());
			model.addAttribute("newToken", issued);
			model.addAttribute("tokenForm", PersonalTokenForm.empty());
		}
		catch (UserRuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey());
		}
		return pageWithSecret(me, model);
	}

	/**
	 * The issuing page's address opened again: the profile, the token no longer shown.
	 */
	@GetMapping("/tokens")
	String tokens() {
		return "redirect:/profile#personal-tokens";
	}

	@PostMapping("/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long tokenId, RedirectAttributes flash) {
		personalTokens.revoke(tokenId);
		flash.addFlashAttribute("notice", "ptoken.revokedNotice");
		return "redirect:/profile#personal-tokens";
	}

	/** The profile as the answer to issuing a secret, which the page shows once. */
	private String pageWithSecret(CurrentUser me, Model model) {
		UserAccount account = users.get(me.id());
		model.addAttribute("account", account);
		model.addAttribute("form", ProfileForm.of(account));
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(model);
	}

	private String page(Model model) {
		if (!model.containsAttribute("biKeyForm")) {
			model.addAttribute("biKeyForm", BiKeyForm.empty());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", PersonalTokenForm.empty());
		}
		model.addAttribute("biKeys", biKeys.mine());
		model.addAttribute("biKeyValidities", BiKeyForm.VALIDITIES);
		model.addAttribute("tokens", personalTokens.mine());
		model.addAttribute("tokenValidities", PersonalTokens.VALIDITIES);
		model.addAttribute("tokenScopes", PersonalTokens.Scope.values());
		model.addAttribute("now", OffsetDateTime.now());
		CurrentUser me = CurrentUser.get().orElseThrow();
		model.addAttribute("secondFactor", secondFactors.status(me.id()));
		model.addAttribute("secondFactorRequired", secondFactorPolicy.isRequired(me.role()));
		model.addAttribute("secondFactorGraceUntil", secondFactorPolicy.graceLastDay(me).orElse(null));
		model.addAttribute("webSessions", webSessions.mine());
		model.addAttribute("issueId", IssueOnce.newId());
		return "identity/profile";
	}

	@PostMapping
	String update(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			model.addAttribute("account", users.get(me.id()));
			model.addAttribute("passwordForm", PasswordForm.empty());
			return page(model);
		}
		if (!sameAddress(users.get(me.id()).email(), form.email())) {
			// a password link goes to this address: changing it is asked like a sensitive
			// action
			reauthentication.require(request);
		}
		UserAccount account = users.updateProfile(form.name(), form.email(), form.phone(), form.language());
		refreshPrincipal(me, account, request, response);
		localeResolver.setLocale(request, response, Locale.forLanguageTag(account.language()));
		flash.addFlashAttribute("notice", "profile.saved");
		return "redirect:/profile";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CurrentUser me,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		if (!errors.hasErrors() && !form.newPassword().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "profile.password.mismatch");
		}
		String address = request.getRemoteAddr();
		Optional<Long> blocked = errors.hasErrors() ? Optional.empty()
				: attempts.minutesBlocked(me, address, "current password on the profile");
		if (blocked.isPresent()) {
			errors.rejectValue("currentPassword", "profile.password.throttled", new Object[] { blocked.get() }, null);
		}
		else if (!errors.hasErrors()) {
			try {
				users.changeOwnPassword(form.currentPassword(), form.newPassword());
				attempts.succeeded(me);
				// the other sessions of the person end; this one goes on
				keep(access.keptFor(me), request, response);
				flash.addFlashAttribute("notice", "profile.password.changed");
				return "redirect:/profile";
			}
			catch (UserRuleViolation violation) {
				if (violation.field().equals("currentPassword")) {
					// a hijacked session must not guess the password freely
					attempts.failed(me, address, AuditAction.LOGIN_FAILED, "current password on the profile");
				}
				errors.rejectValue(violation.field(), violation.messageKey());
			}
		}
		UserAccount account = users.get(me.id());
		model.addAttribute("account", account);
		model.addAttribute("form", ProfileForm.of(account));
		return page(model);
	}

	private static boolean sameAddress(String stored, String given) {
		String before = stored == null ? "" : stored.strip();
		String after = given == null ? "" : given.strip();
		return before.equalsIgnoreCase(after);
	}

	/** The session keeps the user's name and language: give it the edited ones. */
	private void refreshPrincipal(CurrentUser me, UserAccount account, HttpServletRequest request,
			HttpServletResponse response) {
		keep(new CurrentUser(me.id(), me.login(), account.name(), me.role(), me.distributorId(), me.distributorCode(),
				me.distributorName(), account.language(), true, me.accessVersion(), null), request, response);
	}

	private static void keep(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
		KeptSession.store(updated, request, response);
	}

}
