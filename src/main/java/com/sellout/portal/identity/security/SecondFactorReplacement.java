package com.sellout.portal.identity.security;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.factor.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new phone: the person begins it by giving one of their recovery codes (or, while the
 * old phone is still at hand, a code from it) — the proof the factor itself asks, never
 * the password alone — and binds the new phone with its first code
 * ({@code SecondFactorPages}); until then the old factor goes on working, so the account
 * is never left with the password alone. Wrong proofs are throttled and recorded like
 * wrong codes at the login. An administrator cannot reset their own factor
 * ({@code SecondFactorResetController}); this is their way too.
 */
@Controller
class SecondFactorReplacement {

	private static final String PAGE = "/profile/second-factor";

	private final SecondFactors factors;

	private final ProofAttempts attempts;

	SecondFactorReplacement(SecondFactors factors, ProofAttempts attempts) {
		this.factors = factors;
		this.attempts = attempts;
	}

	@PostMapping(PAGE + "/replace")
	String replace(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String proof,
			HttpServletRequest request, RedirectAttributes flash) {
		String address = request.getRemoteAddr();
		if (attempts.minutesBlocked(me, address, "second factor replacement").isPresent()) {
			flash.addFlashAttribute("problem", "secondFactor.replace.throttled");
			return "redirect:" + PAGE + "#replace";
		}
		boolean totp = SecondFactors.isAuthenticatorCode(proof);
		boolean accepted = factors.isEnabled(me.id()) && factors.accept(me.id(), proof);
		if (!accepted) {
			attempts.failed(me, address, AuditAction.SECOND_FACTOR_FAILED,
					"replacement: " + (totp ? "code" : "recovery code"));
			flash.addFlashAttribute("problem", "secondFactor.replace.wrong");
			return "redirect:" + PAGE + "#replace";
		}
		attempts.succeeded(me);
		factors.startReplacement(me);
		flash.addFlashAttribute("notice", "secondFactor.replace.started");
		return "redirect:" + PAGE;
	}

}
