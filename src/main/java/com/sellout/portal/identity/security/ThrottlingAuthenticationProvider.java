package com.sellout.portal.identity.security;

import java.time.Duration;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DatabaseTrouble;
import com.sellout.portal.shared.IpAddresses;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password, counts failures after it, and records every
 * failed attempt in the audit log. Used by the login form and by the API's Basic
 * authentication alike.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditLog auditLog) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String login = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		Optional<Duration> blocked = throttle.blockedFor(login, address);
		if (blocked.isPresent()) {
			auditLog.recordFrom(address, AuditAction.LOGIN_THROTTLED, login, "user", login, null,
					"address " + IpAddresses.readable(address));
			throw new LoginThrottledException(blocked.get());
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			throttle.recordSuccess(login);
			return result;
		}
		catch (AuthenticationException ex) {
			DatabaseTrouble.rethrowIfCauseOf(ex); // the account could not be read: not a
													// failed login
			if (!(ex instanceof TemporaryPasswordCheck.TemporaryPasswordException)) {
				// a temporary password given right is no guess: a tool retrying it must
				// not
				// block the person
				throttle.recordFailure(login, address);
			}
			auditLog.recordFrom(address, AuditAction.LOGIN_FAILED, login, "user", login, null,
					ex.getClass().getSimpleName());
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
