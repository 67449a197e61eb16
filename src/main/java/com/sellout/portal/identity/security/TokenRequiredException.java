package com.sellout.portal.identity.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A right password over HTTP Basic from a person who has a second factor (or must have
 * one by now): they use a personal API token instead, which the password alone cannot be.
 */
class TokenRequiredException extends AuthenticationException {

	private final boolean setUpFirst;

	/**
	 * @param setUpFirst the person has no factor yet and their grace period is over: they
	 * set it up (at the web login) before they can issue a token
	 */
	TokenRequiredException(boolean setUpFirst) {
		super(setUpFirst ? "The grace period is over: set up the second factor at the web login first"
				: "This account has a second factor: use a personal API token as the password");
		this.setUpFirst = setUpFirst;
	}

	boolean setUpFirst() {
		return setUpFirst;
	}

}
