package com.sellout.portal.identity.security;

import java.time.Clock;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.factor.SecondFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The login's second step: the code of the authenticator app (or a recovery code) of the
 * person who gave the password just before, throttled like the password. Only then is the
 * person logged in, with a new session id.
 */
@Controller
@RequestMapping(SecondFactorLoginController.PATH)
class SecondFactorLoginController {

	static final String PATH = "/login/code";

	private final SecondFactors factors;

	private final PortalUserDetailsService users;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	private final LoginSuccessHandler loginSuccess;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorLoginController(SecondFactors factors, PortalUserDetailsService users, LoginThrottle throttle,
			AuditLog auditLog, LoginSuccessHandler loginSuccess, Clock clock) {
		this.factors = factors;
		this.users = users;
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.loginSuccess = loginSuccess;
		this.clock = clock;
	}

	@GetMapping
	String ask(HttpServletRequest request) {
		return PendingSecondFactor.in(request.getSession(false), clock.instant()).isPresent() ? "identity/login-code"
				: "redirect:/login";
	}

	@PostMapping
	String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		HttpSession session = request.getSession(false);
		Optional<PendingSecondFactor> pending = PendingSecondFactor.in(session, clock.instant());
		if (pending.isEmpty()) {
			return "redirect:/login?expired";
		}
		PendingSecondFactor who = pending.get();
		String address = request.getRemoteAddr();
		var blocked = throttle.blockedFor(who.login(), address);
		if (blocked.isPresent()) {
			auditLog.recordFrom(address, AuditAction.LOGIN_THROTTLED, who.login(), "user", who.userId(), null,
					"second factor");
			model.addAttribute("errorKey", "login.throttled");
			model.addAttribute("errorArg", new LoginThrottledException(blocked.get()).minutesToWait());
			response.setStatus(429);
			return "identity/login-code";
		}
		boolean totp = SecondFactors.isAuthenticatorCode(code);
		boolean accepted = factors.accept(who.userId(), code);
		CurrentUser user = accepted ? current(who).orElse(null) : null;
		if (user == null) {
			throttle.recordFailure(who.login(), address);
			auditLog.recordFrom(address, AuditAction.SECOND_FACTOR_FAILED, who.login(), "user", who.userId(), null,
					totp ? "code" : "recovery code");
			model.addAttribute("errorKey", "login.code.wrong");
			response.setStatus(401);
			return "identity/login-code";
		}
		throttle.recordSuccess(who.login());
		int codesLeft = totp ? -1 : factors.status(user.id()).recoveryCodesLeft();
		if (!totp) {
			auditLog.recordFrom(address, AuditAction.RECOVERY_CODE_USED, user.login(), "user", user.id(),
					user.distributorId(), codesLeft + " left");
		}
		PendingSecondFactor.clear(session);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.changeSessionId(); // a new id once both factors are given, as after the
									// password
		contexts.saveContext(context, request, response);
		loginSuccess.loggedIn(user, request, response);
		if (!totp) {
			// the next page says how many codes are left, and where to get new ones
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("notice", codesLeft == 0 ? "login.recoveryUsed.last" : "login.recoveryUsed");
			flash.put("noticeArg", codesLeft);
		}
		return "redirect:" + loginSuccess.targetAfterLogin(request, response);
	}

	/**
	 * The person as they are now — still active, with the access they had when they gave
	 * the password.
	 */
	private Optional<CurrentUser> current(PendingSecondFactor who) {
		try {
			CurrentUser user = users.loadUserByUsername(who.login());
			return user.id() == who.userId() && user.accessVersion() == who.accessVersion() && user.isEnabled()
					? Optional.of(user) : Optional.empty();
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

}
