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
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.PersonalTokens;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserRuleViolation;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal tokens in {@code personal_tokens}, made like BI keys ({@link BiKeyStore}):
 * 32 random bytes, URL-safe base64 behind {@link PersonalTokens#PREFIX}, kept as their
 * SHA-256 — as random as a key, so a plain hash is enough and one index look-up finds it
 * on every request. The audit log names a token by its name, scope and last four
 * characters, never its secret.
 */
@Service
class PersonalTokenStore implements PersonalTokens {

	/** More active tokens than this are forgotten ones. */
	static final int MAX_ACTIVE = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = "id, name, scope, hint, created_at, expires_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	PersonalTokenStore(JdbcClient jdbc, ScopedTransactions transactions, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public IssuedToken issue(String name, Scope scope, int validDays) {
		CurrentUser me = person();
		String label = name == null ? "" : name.strip();
		if (label.isEmpty()) {
			throw new UserRuleViolation("name", "ptoken.name.required");
		}
		label = label.length() > 100 ? label.substring(0, 100) : label;
		if (scope == null) {
			throw new UserRuleViolation("scope", "ptoken.scope.unknown");
		}
		if (!VALIDITIES.contains(validDays)) {
			throw new UserRuleViolation("validDays", "ptoken.validity.unknown");
		}
		long active = jdbc.sql("""
				select count(*) from personal_tokens
				 where user_id = ? and revoked_at is null and expires_at > now()""")
			.param(me.id())
			.query(Long.class)
			.single();
		if (active >= MAX_ACTIVE) {
			throw new UserRuleViolation("name", "ptoken.tooMany");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String hint = secret.substring(secret.length() - 4);
		OffsetDateTime expiresAt = OffsetDateTime.now().plusDays(validDays);
		PersonalToken token = jdbc.sql("""
				insert into personal_tokens (user_id, name, scope, token_hash, hint, expires_at)
				values (?, ?, ?, ?, ?, ?) returning\s""" + COLUMNS)
			.params(me.id(), label, scope.name(), Sha256.hex(secret), hint, expiresAt)
			.query(PersonalToken.class)
			.single();
		auditLog.record(AuditAction.PERSONAL_TOKEN_ISSUED, "user", me.id(), me.distributorId(),
				me.login() + " «" + label + "» " + scope + " …" + hint + ", until " + token.expiresAt().toLocalDate());
		return new IssuedToken(token, secret);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonalToken> mine() {
		CurrentUser me = person();
		return jdbc
			.sql("select " + COLUMNS + " from personal_tokens where user_id = ? order by created_at desc, id desc")
			.param(me.id())
			.query(PersonalToken.class)
			.list();
	}

	@Override
	@Transactional
	public void revoke(long tokenId) {
		CurrentUser me = person();
		// only the owner's own tokens: anyone else's id is as unknown as a missing one
		PersonalToken token = jdbc.sql("""
				update personal_tokens set revoked_at = now()
				 where id = ? and user_id = ? and revoked_at is null returning\s""" + COLUMNS)
			.params(tokenId, me.id())
			.query(PersonalToken.class)
			.optional()
			.orElseThrow(NotFoundException::new);
		auditLog.record(AuditAction.PERSONAL_TOKEN_REVOKED, "user", me.id(), me.distributorId(),
				me.login() + " «" + token.name() + "» " + token.scope() + " …" + token.hint());
	}

	/**
	 * Before anyone is logged in, so across all distributors. The last use is written at
	 * most once a minute: a script calling in a loop must not turn every read into a
	 * write.
	 */
	@Override
	public Optional<TokenUse> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			Optional<TokenUse> use = jdbc.sql("""
					select t.id as token_id, u.id as user_id, u.login, t.scope from personal_tokens t
					  join users u on u.id = t.user_id
					 where t.token_hash = ? and t.revoked_at is null and t.expires_at > now()
					   and u.role <> 'INTEGRATION'""").param(Sha256.hex(secret)).query(TokenUse.class).optional();
			use.ifPresent(found -> jdbc.sql("""
					update personal_tokens set last_used_at = now()
					 where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
				.param(found.tokenId())
				.update());
			return use;
		});
	}

	/**
	 * Tokens are for people: integration accounts have theirs from their administrator.
	 */
	private static CurrentUser person() {
		CurrentUser me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (me.role() == Role.INTEGRATION) {
			throw new AccessDeniedException("Integration accounts have no personal tokens");
		}
		return me;
	}

}
