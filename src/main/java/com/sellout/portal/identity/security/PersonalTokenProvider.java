package com.sellout.portal.identity.security;

import java.time.Duration;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.shared.IpAddresses;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Personal API tokens, in both the ways they are given: as the HTTP Basic password next
 * to the owner's login (Power BI and Excel can send nothing else) — this provider comes
 * before the password one and leaves any other password to it — and as a Bearer token
 * ({@link BearerTokenFilter}). The owner is loaded afresh, so a deactivated person (or
 * one of a deactivated distributor) is refused. Wrong tokens are throttled against the
 * address only, in both ways: a token is 256 random bits, so nobody guesses one, and an
 * account blocked by wrong passwords (which anyone who knows the login can cause) must
 * not stop its owner's BI feed — nor can guessing tokens lock anyone out.
 */
class PersonalTokenProvider implements AuthenticationProvider {

	/**
	 * What the audit log names as the actor of a refused Bearer token: never the token.
	 */
	static final String ACTOR = "(personal token)";

	private final PersonalTokens tokens;

	private final PortalUserDetailsService users;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	PersonalTokenProvider(PersonalTokens tokens, PortalUserDetailsService users, LoginThrottle throttle,
			AuditLog auditLog) {
		this.tokens = tokens;
		this.users = users;
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	/** Login and token as HTTP Basic; null for a password that is no token. */
	@Override
	public @Nullable Authentication authenticate(Authentication attempt) {
		if (!(attempt.getCredentials() instanceof String secret) || !secret.startsWith(PersonalTokens.PREFIX)) {
			return null;
		}
		String login = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		Optional<Duration> blocked = throttle.blockedFor(address);
		if (blocked.isPresent()) {
			auditLog.recordFrom(address, AuditAction.LOGIN_THROTTLED, login, "user", login, null,
					"address " + IpAddresses.readable(address));
			throw new LoginThrottledException(blocked.get());
		}
		PersonalTokenAuthentication result = check(secret)
			.filter(found -> found.getPrincipal().login().equalsIgnoreCase(login.strip()))
			.orElse(null);
		if (result == null) {
			throttle.recordAddressFailure(address);
			auditLog.recordFrom(address, AuditAction.LOGIN_FAILED, login, "user", login, null,
					"personal token refused");
			throw new PersonalTokenRefusedException();
		}
		return result;
	}

	/** {@code Authorization: Bearer sopt_…}. */
	PersonalTokenAuthentication authenticateBearer(String secret, String address) {
		Optional<Duration> blocked = throttle.blockedFor(address);
		if (blocked.isPresent()) {
			auditLog.recordFrom(address, AuditAction.LOGIN_THROTTLED, ACTOR, "user", null, null,
					"address " + IpAddresses.readable(address));
			throw new LoginThrottledException(blocked.get());
		}
		return check(secret).orElseGet(() -> {
			throttle.recordAddressFailure(address);
			auditLog.recordFrom(address, AuditAction.LOGIN_FAILED, ACTOR, "user", null, null, "personal token refused");
			throw new PersonalTokenRefusedException();
		});
	}

	private Optional<PersonalTokenAuthentication> check(String secret) {
		return tokens.authenticate(secret).flatMap(use -> {
			try {
				CurrentUser owner = users.loadUserByUsername(use.login());
				if (!owner.isEnabled() || owner.id() != use.userId()) {
					return Optional.empty();
				}
				// the request needs no password hash, and it is never stored anywhere
				owner.eraseCredentials();
				return Optional.of(new PersonalTokenAuthentication(owner, use.tokenId(), use.scope()));
			}
			catch (UsernameNotFoundException ex) {
				return Optional.empty();
			}
		});
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
