package com.sellout.portal.identity.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A personal token that is unknown, revoked, expired, of another login or of a
 * deactivated person. An {@link AccountStatusException} so that the provider manager
 * stops at it: a refused token is never tried again as a password, which would count the
 * failure twice and spend a bcrypt.
 */
class PersonalTokenRefusedException extends AccountStatusException {

	PersonalTokenRefusedException() {
		super("Unknown, revoked or expired personal token");
	}

}
