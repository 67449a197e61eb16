package com.sellout.portal.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A read-only personal token reads (GET, HEAD) and does nothing else, whatever its owner
 * may do: anything more is answered 403 before any rule or controller sees it.
 */
class ReadOnlyTokenFilter extends OncePerRequestFilter {

	private final ApiProblems problems;

	ReadOnlyTokenFilter(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PersonalTokenAuthentication token
				&& !token.scope().allows(request.getMethod())) {
			problems.handle(request, response, new ReadOnlyTokenRefused());
			return;
		}
		chain.doFilter(request, response);
	}

	/** What {@link ApiProblems} answers with its own reason. */
	static final class ReadOnlyTokenRefused extends AccessDeniedException {

		ReadOnlyTokenRefused() {
			super("This is a read-only token: it may only read (GET, HEAD).");
		}

	}

}
