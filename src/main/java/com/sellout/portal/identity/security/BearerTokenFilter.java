package com.sellout.portal.identity.security;

import java.io.IOException;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.PersonalTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: an integration account's token,
 * checked against its stored hash; a revoked, unknown or disabled account's token is
 * answered 401. A person's token ({@link PersonalTokens#PREFIX}) goes to
 * {@link PersonalTokenProvider}, throttled, answered 401 or 429 alike.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final IntegrationAccounts accounts;

	private final PortalUserDetailsService users;

	private final PersonalTokenProvider personalTokens;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(IntegrationAccounts accounts, PortalUserDetailsService users,
			PersonalTokenProvider personalTokens, AuthenticationEntryPoint entryPoint) {
		this.accounts = accounts;
		this.users = users;
		this.personalTokens = personalTokens;
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
		String token = header.substring(7).strip();
		if (token.startsWith(PersonalTokens.PREFIX)) {
			try {
				SecurityContextHolder.getContext()
					.setAuthentication(personalTokens.authenticateBearer(token, request.getRemoteAddr()));
			}
			catch (AuthenticationException ex) {
				SecurityContextHolder.clearContext();
				entryPoint.commence(request, response, ex);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		try {
			String login = accounts.authenticate(token)
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
