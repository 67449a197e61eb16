package com.sellout.portal.identity.security;

import java.io.Serial;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.PersonalTokens;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token (Bearer, or the Basic password): its
 * owner as the principal, with the token's scope. Deliberately not a
 * {@code UsernamePasswordAuthenticationToken}: a token is no password just given, so it
 * never counts as a recent proof for a sensitive action
 * ({@link com.sellout.portal.identity.Reauthentication}).
 */
public final class PersonalTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser owner;

	private final long tokenId;

	private final PersonalTokens.Scope scope;

	PersonalTokenAuthentication(CurrentUser owner, long tokenId, PersonalTokens.Scope scope) {
		super(owner.getAuthorities());
		this.owner = owner;
		this.tokenId = tokenId;
		this.scope = scope;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public CurrentUser getPrincipal() {
		return owner;
	}

	public long tokenId() {
		return tokenId;
	}

	public PersonalTokens.Scope scope() {
		return scope;
	}

}
