package com.sellout.portal.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The personal API tokens of people (any human role; integration accounts have their own
 * in {@link IntegrationAccounts}): a secret a person gives a script or a tool instead of
 * their password — {@code Authorization: Bearer …}, or the Basic password next to their
 * login — on the API and the BI feed. Issued on the profile page or through the API (a
 * sensitive action), always with an end, read-only or with the person's full rights;
 * shown once, kept only as a hash, listed with their last use and revoked by their owner.
 * A token acts as its owner with the owner's scope at the time of use, and never counts
 * as the password just given (see {@link Reauthentication}).
 */
public interface PersonalTokens {

	/** Tokens begin so, for people and secret scanners to recognise them. */
	String PREFIX = "sopt_";

	/** The validities offered, in days: a month, a quarter, half a year, a year. */
	List<Integer> VALIDITIES = List.of(30, 90, 180, 365);

	/** What a token may do. */
	enum Scope {

		/** Reads only: GET and HEAD. */
		READ_ONLY,
		/** Whatever its owner may do. */
		FULL;

		public boolean allows(String httpMethod) {
			return this == FULL || "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
		}

	}

	/**
	 * Issues a token to the current user, valid for one of {@link #VALIDITIES}; the
	 * secret is in the answer only.
	 */
	IssuedToken issue(String name, Scope scope, int validDays);

	/** The current user's tokens, newest first, revoked and expired ones included. */
	List<PersonalToken> mine();

	/** Revokes one of the current user's tokens; anyone else's is not found. */
	void revoke(long tokenId);

	/**
	 * The use of an active, unexpired token of a person, its last use recorded; empty for
	 * any other secret (throttled like wrong passwords by the caller).
	 */
	Optional<TokenUse> authenticate(String secret);

	/** A token as its owner sees it listed: never the secret nor its hash. */
	record PersonalToken(long id, String name, Scope scope, String hint, OffsetDateTime createdAt,
			OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {

		public boolean active(OffsetDateTime now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}

	}

	/** A token just issued, with its secret, shown once. */
	record IssuedToken(PersonalToken token, String secret) {
	}

	/** Who a token given now acts as, and what it may do. */
	record TokenUse(long tokenId, long userId, String login, Scope scope) {
	}

}
