package com.sellout.portal.identity.security;

import com.sellout.portal.identity.CurrentUser;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The person's current password, checked against its stored hash. */
@Component
class PasswordProof implements IdentityProof {

	private final PortalUserDetailsService users;

	private final PasswordEncoder passwordEncoder;

	PasswordProof(PortalUserDetailsService users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public boolean accepts(CurrentUser user, String secret) {
		try {
			String hash = users.loadUserByUsername(user.login()).getPassword();
			return hash != null && !secret.isEmpty() && passwordEncoder.matches(secret, hash);
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

}
