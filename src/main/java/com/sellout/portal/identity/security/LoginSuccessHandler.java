package com.sellout.portal.identity.security;

import java.io.IOException;
import java.util.Locale;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Reauthentication;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a login: record it, switch to the user's language, go where the user was heading.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AuditLog auditLog;

	private final LocaleResolver localeResolver;

	private final Reauthentication reauthentication;

	LoginSuccessHandler(AuditLog auditLog, LocaleResolver localeResolver, Reauthentication reauthentication) {
		this.auditLog = auditLog;
		this.localeResolver = localeResolver;
		this.reauthentication = reauthentication;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			auditLog.record(AuditAction.LOGIN_SUCCEEDED, user.login(), "user", user.id(), user.distributorId(), null);
			localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
			reauthentication.markNow(request);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
