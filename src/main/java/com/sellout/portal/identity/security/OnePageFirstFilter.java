package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.identity.TemporaryPasswords;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who must do one thing before anything else logs in to one page only (and the
 * logout): first choosing their own password instead of a temporary one
 * ({@link TemporaryPasswords#CHOICE_REQUIRED}), then, when their grace period ended
 * without a second factor, its set-up ({@link SecondFactorPolicy#SETUP_REQUIRED}). Both
 * are marked at login and cleared by what they ask.
 */
class OnePageFirstFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String page = session == null ? null : firstPage(session);
		String path = request.getRequestURI();
		if (page != null && !path.startsWith(page) && !path.equals("/logout") && !path.startsWith("/css/")
				&& !path.startsWith("/js/") && !path.startsWith("/img/") && !path.equals("/favicon.ico")
				&& !path.equals("/error")) {
			response.sendRedirect(page);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String firstPage(HttpSession session) {
		if (session.getAttribute(TemporaryPasswords.CHOICE_REQUIRED) != null) {
			return TemporaryPasswords.CHOICE_PAGE;
		}
		if (session.getAttribute(SecondFactorPolicy.SETUP_REQUIRED) != null) {
			return LoginSuccessHandler.SETUP_PAGE;
		}
		return null;
	}

}
