package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: an integration account's token,
 * checked against its stored hash; a revoked, unknown or disabled account's token is
 * answered 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final IntegrationAccounts accounts;

	private final PortalUserDetailsService users;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(IntegrationAccounts accounts, PortalUserDetailsService users,
			AuthenticationEntryPoint entryPoint) {
		this.accounts = accounts;
		this.users = users;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		try {
			String login = accounts.authenticate(header.substring(7).strip())
				.orElseThrow(() -> new BadCredentialsException("Unknown or revoked token"));
			CurrentUser user = users.loadUserByUsername(login);
			if (!user.isEnabled()) {
				throw new BadCredentialsException("The account is disabled");
			}
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
		catch (BadCredentialsException | UsernameNotFoundException ex) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException(ex.getMessage()));
			return;
		}
		chain.doFilter(request, response);
	}

}
