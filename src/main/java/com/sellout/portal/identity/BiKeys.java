package com.sellout.portal.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The BI keys of people (any human role): a secret in the BI feed's URL
 * ({@code /odata/…?key=…}) for Power BI's "Web API" credential, which cannot send HTTP
 * Basic. Issued, listed with its last use, given an expiry and revoked by its owner on
 * the profile page; shown once, kept only as a hash, never written to a log. A key acts
 * as its owner, with the owner's scope (distributor, client restriction) at the time of
 * use.
 */
public interface BiKeys {

	/** Keys begin so, for people and secret scanners to recognise them. */
	String PREFIX = "sobi_";

	/** Issues a key to the current user; the secret is in the answer only. */
	IssuedBiKey issue(String name, @Nullable OffsetDateTime expiresAt);

	/** The current user's keys, newest first, revoked ones included. */
	List<BiKey> mine();

	/** Revokes one of the current user's keys. */
	void revoke(long keyId);

	/**
	 * The owner of an active, unexpired key, recording its use; empty for any other
	 * secret (throttled like wrong passwords by the caller).
	 */
	Optional<UserAccount> authenticate(String secret);

	/** A key as the profile page lists it: never the secret. */
	record BiKey(long id, String name, String hint, OffsetDateTime createdAt, @Nullable OffsetDateTime expiresAt,
			@Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {

		public boolean active(OffsetDateTime now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}

	}

	/** A key just issued, with its secret, shown once. */
	record IssuedBiKey(BiKey key, String secret) {
	}

}
