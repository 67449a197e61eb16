package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.identity.factor.SecondFactorPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person whose grace period ended without a second factor logs in to one page only: its
 * set-up (and the logout). Marked at login ({@link SecondFactorPolicy#SETUP_REQUIRED}),
 * cleared by the confirmed set-up.
 */
class SetupRequiredFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI();
		if (session != null && session.getAttribute(SecondFactorPolicy.SETUP_REQUIRED) != null
				&& !path.startsWith(LoginSuccessHandler.SETUP_PAGE) && !path.equals("/logout")
				&& !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/img/")
				&& !path.equals("/favicon.ico") && !path.equals("/error")) {
			response.sendRedirect(LoginSuccessHandler.SETUP_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
