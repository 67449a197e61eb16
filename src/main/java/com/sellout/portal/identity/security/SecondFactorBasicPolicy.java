package com.sellout.portal.identity.security;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.factor.SecondFactorPolicy;
import com.sellout.portal.identity.factor.SecondFactorPolicy.Standing;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic with a password (API, BI feed): the first use begins the person's grace
 * period; a person with a second factor, or whose grace period is over without one, is
 * refused — the password alone is only one factor. Wraps the throttled password check, so
 * the password is right when this refuses.
 */
class SecondFactorBasicPolicy implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SecondFactorPolicy policy;

	SecondFactorBasicPolicy(AuthenticationProvider passwords, SecondFactorPolicy policy) {
		this.passwords = passwords;
		this.policy = policy;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		Authentication result = passwords.authenticate(attempt);
		if (result != null && result.getPrincipal() instanceof CurrentUser user) {
			policy.noteUse(user);
			Standing standing = policy.standing(user);
			if (standing == Standing.ENABLED || standing == Standing.SETUP_REQUIRED) {
				throw new TokenRequiredException();
			}
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
