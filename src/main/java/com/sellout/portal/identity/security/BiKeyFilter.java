package com.sellout.portal.identity.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.IpAddresses;
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
 * {@code ?key=…} on the BI feed (Power BI's "Web API" credential): the request acts as
 * the key's owner, loaded afresh so that it has the owner's scope of now; a deactivated
 * owner (or one of a deactivated distributor) is refused like a wrong key. Wrong keys
 * count against the caller's address in the login throttle — a key names no account, so
 * guessing keys cannot lock anyone's login — and a blocked address is answered 429 even
 * with a right key, as logins are.
 */
class BiKeyFilter extends OncePerRequestFilter {

	/** What the audit log names as the actor of a failed key: never the key. */
	static final String ACTOR = "(BI key)";

	private final BiKeys keys;

	private final PortalUserDetailsService users;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	private final AuthenticationEntryPoint entryPoint;

	BiKeyFilter(BiKeys keys, PortalUserDetailsService users, LoginThrottle throttle, AuditLog auditLog,
			AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.users = users;
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> key = KeyHidingFilter.keyOf(request);
		if (key.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Duration> blocked = throttle.blockedFor(address);
		if (blocked.isPresent()) {
			auditLog.recordFrom(address, AuditAction.LOGIN_THROTTLED, ACTOR, "user", null, null,
					"address " + IpAddresses.readable(address));
			entryPoint.commence(request, response, new LoginThrottledException(blocked.get()));
			return;
		}
		CurrentUser owner = keys.authenticate(key.get()).map(account -> {
			try {
				return users.loadUserByUsername(account.login());
			}
			catch (UsernameNotFoundException ex) {
				return null;
			}
		}).filter(CurrentUser::isEnabled).orElse(null);
		if (owner == null) {
			throttle.recordAddressFailure(address);
			auditLog.recordFrom(address, AuditAction.LOGIN_FAILED, ACTOR, "user", null, null, "BI key refused");
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("Unknown, revoked or expired BI key"));
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
		chain.doFilter(request, response);
	}

}
