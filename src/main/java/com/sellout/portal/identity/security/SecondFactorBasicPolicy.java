package com.sellout.portal.identity.security;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.identity.factor.SecondFactorPolicy.Standing;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic with a password (API, BI feed): the first use begins the person's grace
 * period; a person with a second factor, or whose grace period is over without one, is
 * refused — the password alone is only one factor. Wraps the throttled password check, so
 * the password is right when this refuses.
 */
class SecondFactorBasicPolicy implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SecondFactorPolicy policy;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	private final PortalUserDetailsService users;

	SecondFactorBasicPolicy(AuthenticationProvider passwords, SecondFactorPolicy policy, LoginThrottle throttle,
			AuditLog auditLog, PortalUserDetailsService users) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		Authentication result;
		try {
			result = passwords.authenticate(attempt);
		}
		catch (BadCredentialsException wrong) {
			// a wrong password for an account that needs two factors is answered as the
			// right one is below: the answer must not tell a guesser they guessed right
			Standing standing = standingOf(attempt.getName());
			if (standing == Standing.ENABLED || standing == Standing.SETUP_REQUIRED) {
				throw new TokenRequiredException(standing == Standing.SETUP_REQUIRED);
			}
			throw wrong;
		}
		if (result != null && result.getPrincipal() instanceof CurrentUser user) {
			policy.noteUse(user);
			Standing standing = policy.standing(user);
			if (standing == Standing.ENABLED || standing == Standing.SETUP_REQUIRED) {
				// the right password alone for an account that needs two factors: someone
				// may
				// hold a stolen one — counted and recorded like a wrong one
				String address = attempt.getDetails() instanceof WebAuthenticationDetails details
						? details.getRemoteAddress() : null;
				throttle.recordFailure(user.login(), address);
				auditLog.recordFrom(address, AuditAction.LOGIN_FAILED, user.login(), "user", user.id(),
						user.distributorId(), "password without the second factor");
				throw new TokenRequiredException(standing == Standing.SETUP_REQUIRED);
			}
		}
		return result;
	}

	private Standing standingOf(String login) {
		try {
			return policy.standing(users.loadUserByUsername(login));
		}
		catch (UsernameNotFoundException unknown) {
			return Standing.NOT_REQUIRED;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
