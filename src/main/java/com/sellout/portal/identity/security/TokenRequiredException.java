package com.sellout.portal.identity.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A right password over HTTP Basic from a person who has a second factor (or must have
 * one by now): they use a personal API token instead, which the password alone cannot be.
 */
class TokenRequiredException extends AuthenticationException {

	TokenRequiredException() {
		super("This account has a second factor: use a personal API token as the password");
	}

}
