package com.sellout.portal.identity.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with the reason kept in the session for it to show. The failure
 * carries the attempted login with its password; sessions are stored in the database, so
 * only the login is kept — a mistyped password is never written anywhere.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	LoginFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception.getAuthenticationRequest() != null) {
			exception.setAuthenticationRequest(UsernamePasswordAuthenticationToken
				.unauthenticated(exception.getAuthenticationRequest().getName(), null));
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
