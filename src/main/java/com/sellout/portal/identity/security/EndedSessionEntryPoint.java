package com.sellout.portal.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a person to the login page, saying so when the session their browser still names
 * has ended — it expired, they logged out elsewhere, or an administrator changed or
 * deactivated their account — rather than showing a bare login form as if nothing had
 * happened.
 */
class EndedSessionEntryPoint extends LoginUrlAuthenticationEntryPoint {

	/**
	 * Set on a request whose session a filter has just ended (the browser's session id
	 * was still valid when the request began, so the request alone cannot tell).
	 */
	static final String ENDED_NOW = EndedSessionEntryPoint.class.getName() + ".endedNow";

	EndedSessionEntryPoint() {
		super("/login");
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		boolean ended = request.getAttribute(ENDED_NOW) != null
				|| request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		return ended ? "/login?ended" : "/login";
	}

}
