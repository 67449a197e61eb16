package com.sellout.portal.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Reauthentication;
import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.identity.factor.SecondFactorPolicy.Standing;
import com.sellout.portal.identity.web.LanguageChoice;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After the password: a person with a second factor is not logged in yet — the session
 * only remembers who gave the password, and the code page asks for the code; everyone
 * else is logged in: recorded, switched to their language, and sent where they were
 * heading — or first to the second factor's set-up, offered during the grace period and
 * required after it.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	/** Where a required person without a factor is asked (or, after the grace, sent). */
	static final String SETUP_PAGE = "/profile/second-factor";

	private final AuditLog auditLog;

	private final LocaleResolver localeResolver;

	private final Reauthentication reauthentication;

	private final SecondFactorPolicy policy;

	private final Clock clock;

	private final TemporaryPasswords temporaries;

	private final UserAccounts users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requestCache = new HttpSessionRequestCache();

	LoginSuccessHandler(AuditLog auditLog, LocaleResolver localeResolver, Reauthentication reauthentication,
			SecondFactorPolicy policy, Clock clock, TemporaryPasswords temporaries, UserAccounts users) {
		this.temporaries = temporaries;
		this.users = users;
		this.auditLog = auditLog;
		this.localeResolver = localeResolver;
		this.reauthentication = reauthentication;
		this.policy = policy;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (!(authentication.getPrincipal() instanceof CurrentUser user)) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		policy.noteUse(user);
		Standing standing = policy.standing(user);
		if (standing == Standing.ENABLED) {
			// the password alone logs nobody in: forget the authentication, remember who
			SecurityContextHolder.clearContext();
			contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
			PendingSecondFactor.of(user, clock.instant()).store(request.getSession());
			getRedirectStrategy().sendRedirect(request, response, SecondFactorLoginController.PATH);
			return;
		}
		loggedIn(user, request, response);
		if (standing == Standing.SETUP_REQUIRED) {
			request.getSession().setAttribute(SecondFactorPolicy.SETUP_REQUIRED, Boolean.TRUE);
		}
		if (request.getSession().getAttribute(TemporaryPasswords.CHOICE_REQUIRED) != null) {
			// their own password first; the set-up (or its offer) follows from that page
			getRedirectStrategy().sendRedirect(request, response, TemporaryPasswords.CHOICE_PAGE);
		}
		else if (standing == Standing.SETUP_REQUIRED) {
			getRedirectStrategy().sendRedirect(request, response, SETUP_PAGE);
		}
		else if (standing == Standing.GRACE) {
			getRedirectStrategy().sendRedirect(request, response, SETUP_PAGE + "?prompt");
		}
		else {
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/**
	 * Both factors given (or the only one needed): recorded, in the person's language,
	 * recent for sensitive actions.
	 */
	void loggedIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		auditLog.record(AuditAction.LOGIN_SUCCEEDED, user.login(), "user", user.id(), user.distributorId(), null);
		String language = LanguageChoice.takeChosenBeforeLogin(request.getSession()).orElse(user.language());
		if (!language.equals(user.language())) {
			users.changeLanguage(user.id(), language);
		}
		localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
		reauthentication.markNow(request);
		if (temporaries.isTemporary(user.id())) {
			request.getSession().setAttribute(TemporaryPasswords.CHOICE_REQUIRED, Boolean.TRUE);
		}
	}

	/**
	 * Where the person goes once both factors are given: to choose their own password
	 * when they logged in with a temporary one, else where they were heading before the
	 * login (or home), forgotten once read.
	 */
	String targetAfterLogin(HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession().getAttribute(TemporaryPasswords.CHOICE_REQUIRED) != null) {
			return TemporaryPasswords.CHOICE_PAGE;
		}
		SavedRequest saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		return saved == null ? getDefaultTargetUrl() : saved.getRedirectUrl();
	}

}
