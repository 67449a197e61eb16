package com.sellout.portal.identity.security;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.factor.SecondFactors;

import org.springframework.stereotype.Component;

/** A code of the person's authenticator app, used once like a login's. */
@Component
class SecondFactorProof implements IdentityProof {

	private final SecondFactors factors;

	SecondFactorProof(SecondFactors factors) {
		this.factors = factors;
	}

	@Override
	public boolean accepts(CurrentUser user, String secret) {
		return secret.replaceAll("[\\s-]", "").matches("\\d{6}") && factors.acceptCode(user.id(), secret);
	}

}
