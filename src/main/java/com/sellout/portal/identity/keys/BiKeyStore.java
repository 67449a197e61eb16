package com.sellout.portal.identity.keys;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.BiKeys;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccount;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BI keys in {@code bi_keys}: 32 random bytes, URL-safe base64 behind
 * {@link BiKeys#PREFIX}, kept as their SHA-256 (a key is as random as a token, so a plain
 * hash is enough and lets the feed find it by one index look-up per request). The audit
 * log names a key by its name and last four characters, never its secret.
 */
@Service
class BiKeyStore implements BiKeys {

	/**
	 * Enough for every tool a person connects; more active keys than this are forgotten
	 * ones.
	 */
	static final int MAX_ACTIVE = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = "id, name, hint, created_at, expires_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	BiKeyStore(JdbcClient jdbc, UserAccounts users, ScopedTransactions transactions, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.users = users;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public IssuedBiKey issue(String name, @Nullable OffsetDateTime expiresAt) {
		CurrentUser me = person();
		if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
			throw new UserRuleViolation("validDays", "bikey.validity.unknown");
		}
		long active = jdbc.sql("""
				select count(*) from bi_keys where user_id = ? and revoked_at is null
				   and (expires_at is null or expires_at > now())""").param(me.id()).query(Long.class).single();
		if (active >= MAX_ACTIVE) {
			throw new UserRuleViolation("name", "bikey.tooMany");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String label = name == null || name.isBlank() ? "BI" : name.strip();
		label = label.length() > 100 ? label.substring(0, 100) : label;
		String hint = secret.substring(secret.length() - 4);
		BiKey key = jdbc
			.sql("insert into bi_keys (user_id, name, key_hash, hint, expires_at) values (?, ?, ?, ?, ?)"
					+ " returning " + COLUMNS)
			.params(me.id(), label, Sha256.hex(secret), hint, expiresAt)
			.query(BiKey.class)
			.single();
		auditLog.record(AuditAction.BI_KEY_ISSUED, "user", me.id(), me.distributorId(), me.login() + " «" + label
				+ "» …" + hint + (expiresAt == null ? "" : ", until " + expiresAt.toLocalDate()));
		return new IssuedBiKey(key, secret);
	}

	@Override
	@Transactional(readOnly = true)
	public List<BiKey> mine() {
		CurrentUser me = person();
		return jdbc.sql("select " + COLUMNS + " from bi_keys where user_id = ? order by created_at desc, id desc")
			.param(me.id())
			.query(BiKey.class)
			.list();
	}

	@Override
	@Transactional
	public void revoke(long keyId) {
		CurrentUser me = person();
		// only the owner's own keys: anyone else's id is as unknown as a missing one
		BiKey key = jdbc
			.sql("update bi_keys set revoked_at = now() where id = ? and user_id = ? and revoked_at is null returning "
					+ COLUMNS)
			.params(keyId, me.id())
			.query(BiKey.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		auditLog.record(AuditAction.BI_KEY_REVOKED, "user", me.id(), me.distributorId(),
				me.login() + " «" + key.name() + "» …" + key.hint());
	}

	/**
	 * Before anyone is logged in, so across all distributors; an integration account's
	 * key (there can be none) would not count either.
	 */
	@Override
	public Optional<UserAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				update bi_keys k set last_used_at = now() from users u
				 where k.key_hash = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
				   and u.id = k.user_id and u.role <> 'INTEGRATION'
				returning u.id""").param(Sha256.hex(secret)).query(Long.class).optional().flatMap(users::find));
	}

	/** Keys are for people: integration accounts read sell-out through the API. */
	private static CurrentUser person() {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (me.role() == Role.INTEGRATION) {
			throw new AccessDeniedException("Integration accounts have no BI keys");
		}
		return me;
	}

}
