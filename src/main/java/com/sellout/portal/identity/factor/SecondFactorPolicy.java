package com.sellout.portal.identity.factor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who must have a second factor (by role) and until when they may postpone it: a grace
 * period from their first web login or API use after the factor was introduced. During it
 * nothing is blocked; after it the web login requires the set-up and HTTP Basic with the
 * password is refused.
 */
@Component
public class SecondFactorPolicy {

	private static final ZoneId DEADLINE_ZONE = ZoneId.of("Europe/Moscow");

	/**
	 * The session attribute of a person logged in only to set up their factor (the grace
	 * period over).
	 */
	public static final String SETUP_REQUIRED = SecondFactorPolicy.class.getName() + ".setupRequired";

	private final Settings settings;

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final SecondFactors factors;

	private final Clock clock;

	SecondFactorPolicy(Settings settings, JdbcClient jdbc, ScopedTransactions transactions, SecondFactors factors,
			Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.factors = factors;
		this.clock = clock;
	}

	/**
	 * @param requiredRoles the roles whose people must have a second factor (empty: none)
	 * @param gracePeriod how long they may postpone setting it up
	 */
	@ConfigurationProperties("portal.security.second-factor")
	public record Settings(@DefaultValue( {
			"ADMIN", "ANALYST" }) Set<Role> requiredRoles, @DefaultValue("14d") Duration gracePeriod){
	}

	/** Where a person stands. */
	public enum Standing {

		/** Their role needs no factor and they have none. */
		NOT_REQUIRED,
		/** They have a confirmed factor. */
		ENABLED,
		/** Required, not set up, inside the grace period: asked, never blocked. */
		GRACE,
		/** Required, not set up, the grace period over: set it up first. */
		SETUP_REQUIRED

	}

	public boolean isRequired(Role role) {
		return settings.requiredRoles().contains(role);
	}

	public Standing standing(CurrentUser user) {
		if (factors.isEnabled(user.id())) {
			return Standing.ENABLED;
		}
		if (!isRequired(user.role())) {
			return Standing.NOT_REQUIRED;
		}
		return graceUntil(user).filter(until -> until.isAfter(clock.instant())).isPresent() ? Standing.GRACE
				: Standing.SETUP_REQUIRED;
	}

	/**
	 * The last day of the person's grace period as pages tell it, in Moscow (the portal's
	 * deadlines are Moscow's, as tasks' and proposals').
	 */
	public Optional<LocalDate> graceLastDay(CurrentUser user) {
		return graceUntil(user).map(until -> LocalDate.ofInstant(until, DEADLINE_ZONE));
	}

	/**
	 * The end of the person's grace period (their role requires a factor and it has
	 * begun).
	 */
	public Optional<Instant> graceUntil(CurrentUser user) {
		if (!isRequired(user.role())) {
			return Optional.empty();
		}
		return transactions
			.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select second_factor_grace_from from users where id = ?")
						.param(user.id())
						.query(OffsetDateTime.class)
						.optional())
			.map(from -> from.toInstant().plus(settings.gracePeriod()));
	}

	/**
	 * A web login or API use: the grace period of a person whose role requires a factor
	 * begins at the first.
	 */
	public void noteUse(CurrentUser user) {
		if (isRequired(user.role())) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
				.sql("update users set second_factor_grace_from = ? where id = ? and second_factor_grace_from is null")
				.params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), user.id())
				.update());
		}
	}

}
