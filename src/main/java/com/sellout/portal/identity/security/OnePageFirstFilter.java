package com.sellout.portal.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who must do one thing before anything else ({@link OnePageFirst}) logs in to
 * that page only (and the logout, the styles and scripts).
 */
class OnePageFirstFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String page = OnePageFirst.pageFor(request.getSession(false)).orElse(null);
		String path = request.getRequestURI();
		if (page != null && !path.startsWith(page) && !path.equals("/logout") && !path.startsWith("/css/")
				&& !path.startsWith("/js/") && !path.startsWith("/img/") && !path.equals("/favicon.ico")
				&& !path.equals("/error")) {
			response.sendRedirect(page);
			return;
		}
		chain.doFilter(request, response);
	}

}
