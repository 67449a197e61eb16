package com.sellout.portal.identity.factor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * People's second factors: a TOTP secret set up from the profile and confirmed by a first
 * code, codes accepted once each, ten single-use recovery codes, resets. Secrets are
 * stored encrypted and recovery codes as keyed hashes ({@link SecretCipher}). Keyed by
 * the user the caller has already authenticated or looked up in their own scope.
 */
@Service
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	static final String ISSUER = "Sell-out Portal";

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final SecretCipher cipher;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SecondFactors(JdbcClient jdbc, ScopedTransactions transactions, SecretCipher cipher, AuditLog auditLog,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cipher = cipher;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A set-up in progress: the secret to type or scan, not yet confirmed. */
	public record Setup(String secret, String otpauthUri, String qrImage) {

		/** The secret in groups of four, as people type it. */
		public String grouped() {
			return secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

	/** The person's factor as their profile shows it. */
	public record Status(boolean enabled, OffsetDateTime confirmedAt, int recoveryCodesLeft) {
	}

	public boolean isEnabled(long userId) {
		return system(
				() -> jdbc.sql("select count(*) > 0 from second_factors where user_id = ? and confirmed_at is not null")
					.param(userId)
					.query(Boolean.class)
					.single());
	}

	public Status status(long userId) {
		OffsetDateTime confirmed = system(
				() -> jdbc.sql("select confirmed_at from second_factors where user_id = ? and confirmed_at is not null")
					.param(userId)
					.query(OffsetDateTime.class)
					.optional()
					.orElse(null));
		int left = system(() -> jdbc.sql("select count(*) from recovery_codes where user_id = ? and used_at is null")
			.param(userId)
			.query(Integer.class)
			.single());
		return new Status(confirmed != null, confirmed, confirmed == null ? 0 : left);
	}

	/**
	 * The secret being set up: the same one until it is confirmed (a reload shows the
	 * same code), a new one if none is pending. Empty when a factor is already set up.
	 */
	public Optional<Setup> pendingSetup(CurrentUser user) {
		return system(() -> {
			Optional<FactorRow> row = row(user.id());
			if (row.isPresent() && row.get().confirmedAt() != null) {
				return Optional.empty();
			}
			byte[] key;
			if (row.isPresent()) {
				key = cipher.decrypt(row.get().secretEncrypted());
			}
			else {
				key = new byte[20];
				random.nextBytes(key);
				jdbc.sql("insert into second_factors (user_id, secret_encrypted) values (?, ?)")
					.params(user.id(), cipher.encrypt(key))
					.update();
			}
			return Optional.of(setupOf(user, key));
		});
	}

	private static Setup setupOf(CurrentUser user, byte[] key) {
		String secret = Base32.encode(key);
		String label = URLEncoder.encode(ISSUER + ":" + user.login(), StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
		return new Setup(secret, uri, QrImages.dataUri(uri));
	}

	/**
	 * Begins a new phone for a factor that is on (the person proved it with a recovery
	 * code or a code): a new secret waits for its first code; the old one goes on working
	 * until then. A replacement begun before is begun anew.
	 */
	public void startReplacement(CurrentUser user) {
		byte[] key = new byte[20];
		random.nextBytes(key);
		system(() -> jdbc.sql("""
				update second_factors set replacement_secret_encrypted = ?, replacement_started_at = now()
				 where user_id = ? and confirmed_at is not null""").params(cipher.encrypt(key), user.id()).update());
	}

	/** The new phone's set-up, while a replacement waits for its first code. */
	public Optional<Setup> pendingReplacement(CurrentUser user) {
		return system(() -> replacementSecret(user.id()).map(key -> setupOf(user, key)));
	}

	/**
	 * The secret of a new phone that waits for its first code (under the system scope).
	 */
	private Optional<byte[]> replacementSecret(long userId) {
		return jdbc.sql(
				"select replacement_secret_encrypted from second_factors where user_id = ? and confirmed_at is not null"
						+ " and replacement_secret_encrypted is not null")
			.param(userId)
			.query(String.class)
			.optional()
			.map(cipher::decrypt);
	}

	/**
	 * The new phone's first code: its secret replaces the old one, with new recovery
	 * codes (shown once); empty when the code is wrong or no replacement waits.
	 */
	public Optional<List<String>> confirmReplacement(CurrentUser user, String code) {
		return system(() -> {
			Optional<byte[]> key = replacementSecret(user.id());
			if (key.isEmpty()) {
				return Optional.empty();
			}
			OptionalLong step = Totp.matchingStep(key.get(), normalised(code), clock.instant());
			if (step.isEmpty()) {
				auditLog.record(AuditAction.SECOND_FACTOR_FAILED, user.login(), "user", user.id(), user.distributorId(),
						"new phone");
				return Optional.empty();
			}
			jdbc.sql("""
					update second_factors set secret_encrypted = replacement_secret_encrypted, confirmed_at = now(),
					       last_used_step = ?, replacement_secret_encrypted = null, replacement_started_at = null
					 where user_id = ?""").params(step.getAsLong(), user.id()).update();
			auditLog.record(AuditAction.SECOND_FACTOR_ENABLED, user.login(), "user", user.id(), user.distributorId(),
					"new phone");
			return Optional.of(newRecoveryCodes(user.id()));
		});
	}

	/** The new phone is not bound after all: the old one stays. */
	public void cancelReplacement(CurrentUser user) {
		system(() -> jdbc
			.sql("update second_factors set replacement_secret_encrypted = null, replacement_started_at = null"
					+ " where user_id = ?")
			.param(user.id())
			.update());
	}

	/**
	 * Confirms the pending set-up with a first code: the recovery codes, to be shown
	 * once; empty when the code is wrong.
	 */
	public Optional<List<String>> confirm(CurrentUser user, String code) {
		return system(() -> {
			Optional<FactorRow> row = row(user.id()).filter(r -> r.confirmedAt() == null);
			if (row.isEmpty()) {
				return Optional.empty();
			}
			OptionalLong step = Totp.matchingStep(cipher.decrypt(row.get().secretEncrypted()), normalised(code),
					clock.instant());
			if (step.isEmpty()) {
				auditLog.record(AuditAction.SECOND_FACTOR_FAILED, user.login(), "user", user.id(), user.distributorId(),
						"set-up");
				return Optional.empty();
			}
			jdbc.sql("update second_factors set confirmed_at = now(), last_used_step = ? where user_id = ?")
				.params(step.getAsLong(), user.id())
				.update();
			auditLog.record(AuditAction.SECOND_FACTOR_ENABLED, user.login(), "user", user.id(), user.distributorId(),
					null);
			return Optional.of(newRecoveryCodes(user.id()));
		});
	}

	/**
	 * A code of the person's authenticator: true once per time step — the update that
	 * raises the last used step is the check, so a replay within the step (on any node)
	 * is refused.
	 */
	public boolean acceptCode(long userId, String code) {
		return system(() -> {
			Optional<FactorRow> row = row(userId).filter(r -> r.confirmedAt() != null);
			if (row.isEmpty()) {
				return false;
			}
			OptionalLong step = Totp.matchingStep(cipher.decrypt(row.get().secretEncrypted()), normalised(code),
					clock.instant());
			return step.isPresent()
					&& jdbc.sql("update second_factors set last_used_step = ? where user_id = ? and last_used_step < ?")
						.params(step.getAsLong(), userId, step.getAsLong())
						.update() == 1;
		});
	}

	/**
	 * What a person typed where the factor is asked: six digits are a code of their
	 * authenticator, anything else one of their recovery codes.
	 */
	public static boolean isAuthenticatorCode(String entered) {
		return entered != null && entered.replaceAll("[\\s-]", "").matches("\\d{6}");
	}

	/**
	 * A code of the person's authenticator or one of their recovery codes, as typed (see
	 * {@link #isAuthenticatorCode}): true once.
	 */
	public boolean accept(long userId, String entered) {
		String proof = entered == null ? "" : entered.strip();
		return isAuthenticatorCode(proof) ? acceptCode(userId, proof) : acceptRecoveryCode(userId, proof);
	}

	/** A recovery code: true once, then it is spent. */
	public boolean acceptRecoveryCode(long userId, String code) {
		String text = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
		if (!text.matches("[a-z0-9]{5}-?[a-z0-9]{5}")) {
			return false;
		}
		String hash = cipher.hash(text.replace("-", ""));
		return system(() -> jdbc.sql("""
				update recovery_codes set used_at = now()
				 where user_id = ? and code_hash = ? and used_at is null
				   and exists (select 1 from second_factors f where f.user_id = ? and f.confirmed_at is not null)""")
			.params(userId, hash, userId)
			.update() == 1);
	}

	/** Ten new recovery codes, the old ones void; shown once. */
	public List<String> renewRecoveryCodes(CurrentUser user) {
		return system(() -> {
			List<String> codes = newRecoveryCodes(user.id());
			auditLog.record(AuditAction.RECOVERY_CODES_RENEWED, user.login(), "user", user.id(), user.distributorId(),
					null);
			return codes;
		});
	}

	/**
	 * Removes the person's factor: they set it up again at their next login. Audited with
	 * who and why.
	 */
	public void reset(long userId, String targetLogin, Long distributorId, String why) {
		system(() -> {
			jdbc.sql("delete from recovery_codes where user_id = ?").param(userId).update();
			jdbc.sql("delete from second_factors where user_id = ?").param(userId).update();
			auditLog.record(AuditAction.SECOND_FACTOR_RESET, "user", userId, distributorId, targetLogin + ": " + why);
			return null;
		});
	}

	private List<String> newRecoveryCodes(long userId) {
		jdbc.sql("delete from recovery_codes where user_id = ?").param(userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
			}
			jdbc.sql("insert into recovery_codes (user_id, code_hash) values (?, ?)")
				.params(userId, cipher.hash(code.toString()))
				.update();
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	private Optional<FactorRow> row(long userId) {
		return jdbc.sql("select secret_encrypted, confirmed_at from second_factors where user_id = ?")
			.param(userId)
			.query(FactorRow.class)
			.optional();
	}

	private record FactorRow(String secretEncrypted, OffsetDateTime confirmedAt) {
	}

	private static String normalised(String code) {
		return code == null ? "" : code.replaceAll("[\\s-]", "");
	}

	private <T> T system(Supplier<T> work) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, work);
	}

}
