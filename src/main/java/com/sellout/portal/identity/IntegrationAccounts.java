package com.sellout.portal.identity;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.Sha256;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of distributors' systems (role {@link Role#INTEGRATION}): their API tokens
 * — shown once, kept only as a SHA-256 hash, revocable, with their last use — and how
 * their deliveries count (snapshot or incremental). Managed by the manufacturer's
 * administrator and by the distributor's own administrator.
 */
@Service
public class IntegrationAccounts {

	/** Tokens begin so, for people and secret scanners to recognise them. */
	public static final String TOKEN_PREFIX = "sop_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final ScopedTransactions transactions;

	private final AuditLog auditLog;

	IntegrationAccounts(JdbcClient jdbc, UserAccounts users, ScopedTransactions transactions, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.users = users;
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	/** A token as its account's page shows it: never the token itself. */
	public record ApiToken(long id, String name, String hint, OffsetDateTime createdAt, String createdBy,
			OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}

	}

	/** How an account's deliveries count. */
	public enum DeliveryMode {

		/** Each delivery is the whole period: it supersedes the period's report. */
		SNAPSHOT,
		/**
		 * Documents are added to the period one by one; one sent again replaces its
		 * earlier version.
		 */
		INCREMENTAL

	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokens(long userId) {
		integrationAccount(userId);
		return jdbc.sql("""
				select id, name, hint, created_at, created_by, last_used_at, revoked_at from api_tokens
				 where user_id = ? order by revoked_at nulls first, created_at desc""")
			.param(userId)
			.query(ApiToken.class)
			.list();
	}

	/** Creates a token and answers it: the only time it is ever shown. */
	@Transactional
	public String createToken(long userId, String name) {
		UserAccount account = manageable(userId);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String label = name == null || name.isBlank() ? "API" : name.strip();
		jdbc.sql("""
				insert into api_tokens (user_id, distributor_id, name, token_hash, hint, created_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(userId, account.distributorId(), label.length() > 100 ? label.substring(0, 100) : label,
					Sha256.hex(token), token.substring(token.length() - 4), actor())
			.update();
		auditLog.record(AuditAction.API_TOKEN_CREATED, "user", userId, account.distributorId(),
				account.login() + " " + label);
		return token;
	}

	@Transactional
	public void revokeToken(long userId, long tokenId) {
		UserAccount account = manageable(userId);
		int revoked = jdbc.sql(
				"update api_tokens set revoked_at = now(), revoked_by = ? where id = ? and user_id = ? and revoked_at is null")
			.params(actor(), tokenId, userId)
			.update();
		if (revoked == 0) {
			throw new NotFoundException();
		}
		auditLog.record(AuditAction.API_TOKEN_REVOKED, "user", userId, account.distributorId(), account.login());
	}

	@Transactional(readOnly = true)
	public DeliveryMode deliveryMode(long userId) {
		return jdbc.sql("select delivery_mode from users where id = ?")
			.param(userId)
			.query(String.class)
			.optional()
			.map(DeliveryMode::valueOf)
			.orElse(DeliveryMode.SNAPSHOT);
	}

	@Transactional
	public void setDeliveryMode(long userId, DeliveryMode mode) {
		UserAccount account = manageable(userId);
		jdbc.sql("update users set delivery_mode = ?, updated_at = now() where id = ?")
			.params(mode.name(), userId)
			.update();
		auditLog.record(AuditAction.USER_CHANGED, "user", userId, account.distributorId(),
				account.login() + ": " + mode);
	}

	/**
	 * How an integration account is recognised by e-mail.
	 *
	 * @param intakeTag a label of its own choosing; {@code sellout+<tag>@…} counts only
	 * for mail the trusted receiving server authenticated; null if none
	 * @param intakeToken the secret of its intake address {@code sellout+<token>@…},
	 * which alone names it
	 * @param senders the addresses it may send from (lower case); empty: any sender
	 */
	public record MailIdentity(long userId, String login, long distributorId, String intakeTag, String intakeToken,
			List<String> senders, String language) {

		public boolean hasIntakeAddress() {
			return intakeTag != null;
		}

	}

	/**
	 * An intake token: 26 characters of the lower-case base32 alphabet, 130 random bits.
	 */
	public static final Pattern INTAKE_TOKEN = Pattern.compile("[a-z2-7]{26}");

	private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

	@Transactional(readOnly = true)
	public MailIdentity mailIdentity(long userId) {
		integrationAccount(userId);
		return jdbc.sql(MAIL_IDENTITIES + " and id = ?").param(userId).query(MAIL_IDENTITY).single();
	}

	/**
	 * Every active integration account of an active distributor (for the mailbox job and
	 * the quarantine).
	 */
	public List<MailIdentity> mailIdentities() {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql(MAIL_IDENTITIES
				+ " and active and not exists (select 1 from distributor_directory d where d.id = distributor_id and not d.active) order by login")
			.query(MAIL_IDENTITY)
			.list());
	}

	/**
	 * Gives the account a new intake token: mail to the old address is no longer taken
	 * from the next message on. The token itself is not written in the audit log.
	 */
	@Transactional
	public void regenerateIntakeToken(long userId) {
		UserAccount account = manageable(userId);
		StringBuilder token = new StringBuilder(26);
		for (int i = 0; i < 26; i++) {
			token.append(BASE32.charAt(RANDOM.nextInt(32)));
		}
		jdbc.sql("update users set mail_intake_token = ?, updated_at = now() where id = ?")
			.params(token.toString(), userId)
			.update();
		auditLog.record(AuditAction.MAIL_INTAKE_TOKEN_REGENERATED, "user", userId, account.distributorId(),
				account.login());
	}

	/**
	 * Sets the account's intake tag and allowed senders. A tag that could be read as a
	 * token, or that begins with {@code t-} (reserved for replies in conversations), is
	 * refused.
	 * @throws UserRuleViolation naming the field that is wrong
	 */
	@Transactional
	public void setMailIdentity(long userId, String intakeTag, List<String> senders) {
		UserAccount account = manageable(userId);
		String tag = intakeTag == null || intakeTag.isBlank() ? null : intakeTag.strip().toLowerCase(Locale.ROOT);
		if (tag != null && tag.startsWith("t-")) {
			throw new UserRuleViolation("intakeTag", "mail.intake.tagReserved");
		}
		if (tag != null && INTAKE_TOKEN.matcher(tag).matches()) {
			throw new UserRuleViolation("intakeTag", "mail.intake.tagLikeToken");
		}
		if (tag != null && !tag.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
			throw new UserRuleViolation("intakeTag", "mail.intake.badTag");
		}
		List<String> addresses = senders.stream()
			.map(String::strip)
			.filter(a -> !a.isEmpty())
			.map(a -> a.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
		for (String address : addresses) {
			if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new UserRuleViolation("senders", "mail.intake.badSender");
			}
		}
		boolean taken = tag != null && transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select count(*) from users where lower(mail_intake_tag) = ? and id <> ?")
					.params(tag, userId)
					.query(Long.class)
					.single() > 0);
		if (taken) {
			throw new UserRuleViolation("intakeTag", "mail.intake.tagTaken");
		}
		storeMailIdentity(userId, tag, addresses);
		auditLog.record(AuditAction.USER_CHANGED, "user", userId, account.distributorId(),
				account.login() + ": e-mail " + (tag == null ? "-" : tag) + " " + addresses);
	}

	/**
	 * Used by the demo data and first-run set-up: stores an account's e-mail identity as
	 * given.
	 */
	@Transactional
	public void storeMailIdentity(long userId, String tag, List<String> senders) {
		jdbc.sql(
				"update users set mail_intake_tag = ?, mail_senders = ?, updated_at = now() where id = ? and role = 'INTEGRATION'")
			.params(tag, senders.toArray(String[]::new), userId)
			.update();
	}

	private static final String MAIL_IDENTITIES = """
			select id, login, distributor_id, mail_intake_tag, mail_intake_token, array_to_string(mail_senders, ',') as senders,
			       language
			  from users where role = 'INTEGRATION'""";

	private static final RowMapper<MailIdentity> MAIL_IDENTITY = (rs, row) -> new MailIdentity(rs.getLong("id"),
			rs.getString("login"), rs.getLong("distributor_id"), rs.getString("mail_intake_tag"),
			rs.getString("mail_intake_token"), rs.getString("senders") == null || rs.getString("senders").isEmpty()
					? List.of() : List.of(rs.getString("senders").split(",")),
			rs.getString("language"));

	/**
	 * The login of the account a bearer token belongs to, if the token is valid and not
	 * revoked; its use is recorded.
	 */
	public Optional<String> authenticate(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc.sql("""
				update api_tokens t set last_used_at = now() from users u
				 where t.token_hash = ? and t.revoked_at is null and u.id = t.user_id and u.role = 'INTEGRATION'
				returning u.login""").param(Sha256.hex(token)).query(String.class).optional());
	}

	private UserAccount integrationAccount(long userId) {
		UserAccount account = users.get(userId);
		if (account.role() != Role.INTEGRATION) {
			throw new NotFoundException();
		}
		return account;
	}

	private UserAccount manageable(long userId) {
		CurrentUser actor = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
		if (!actor.canManageUsers()) {
			throw new AccessDeniedException("Only administrators manage integration accounts");
		}
		return integrationAccount(userId);
	}

	private static String actor() {
		return CurrentUser.get().map(CurrentUser::login).orElse("system");
	}

}
