package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.identity.AccessRevocation;
import com.sellout.portal.identity.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose person was deactivated, given another role or distributor, or a new
 * password since it began is ended on its next request, on whichever node it arrives: the
 * session is invalidated and the request goes on anonymous, so a page asks for the login
 * again and nothing is answered on the old rights. One lookup of the user's row by its
 * key per request.
 */
class RevokedSessionFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RevokedSessionFilter.class);

	private final AccessRevocation access;

	RevokedSessionFilter(AccessRevocation access) {
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CurrentUser user = CurrentUser.get().orElse(null);
		if (user != null && access.isRevoked(user)) {
			log.info("Session of {} ended: their access was changed or revoked", user.login());
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			request.setAttribute(EndedSessionEntryPoint.ENDED_NOW, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

}
