package com.sellout.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A password an administrator chose or generated for a person is theirs only until they
 * choose their own: at the first web login, before any page ({@link #CHOICE_REQUIRED}),
 * within a week (then it no longer logs in — a new one from the administrator, or «Забыли
 * пароль?»). It never opens the API: HTTP Basic with it is refused.
 */
@Component
public class TemporaryPasswords {

	/** The session attribute of a person who logged in with a temporary password. */
	public static final String CHOICE_REQUIRED = TemporaryPasswords.class.getName() + ".choiceRequired";

	/** The page where the person chooses their own. */
	public static final String CHOICE_PAGE = "/profile/own-password";

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final Settings settings;

	private final Clock clock;

	TemporaryPasswords(JdbcClient jdbc, ScopedTransactions transactions, Settings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param validity how long a temporary password logs in
	 */
	@ConfigurationProperties("portal.security.temporary-password")
	public record Settings(@DefaultValue("7d") Duration validity) {
	}

	/** How long a temporary password logs in. */
	public Duration validity() {
		return settings.validity();
	}

	/**
	 * Until when the person's password is a temporary one; empty when it is their own.
	 */
	public Optional<Instant> until(long userId) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> jdbc.sql("select password_temporary_until from users where id = ?")
					.param(userId)
					.query(OffsetDateTime.class)
					.optional()
					.map(OffsetDateTime::toInstant));
	}

	public boolean isTemporary(long userId) {
		return until(userId).isPresent();
	}

	/** The temporary password can no longer log in. */
	public boolean hasExpired(long userId) {
		return until(userId).filter(until -> !clock.instant().isBefore(until)).isPresent();
	}

	/**
	 * The password just stored for a person is temporary (an integration account's never
	 * is).
	 */
	void mark(long userId, Role role) {
		jdbc.sql("update users set password_temporary_until = ? where id = ?")
			.params(role == Role.INTEGRATION ? null
					: OffsetDateTime.ofInstant(clock.instant().plus(settings.validity()), ZoneOffset.UTC), userId)
			.update();
	}

	/** The password just stored is the person's own. */
	void clear(long userId) {
		jdbc.sql("update users set password_temporary_until = null where id = ?").param(userId).update();
	}

}
