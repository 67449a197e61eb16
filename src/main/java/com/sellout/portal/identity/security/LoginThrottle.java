package com.sellout.portal.identity.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures within a window, an account
 * (whatever the address) or an address (whatever the account) is refused for a while. It
 * is never a permanent lock, and the counters live in PostgreSQL so that every app node
 * sees the same ones.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Settings settings;

	LoginThrottle(JdbcClient jdbc, Settings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * @param accountFailures failures of one login that block it
	 * @param addressFailures failures from one address that block it
	 * @param window how long failures are counted together
	 * @param block how long a blocked login or address waits
	 */
	@ConfigurationProperties("portal.security.login-throttle")
	record Settings(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
			@DefaultValue("15m") Duration window, @DefaultValue("5m") Duration block) {
	}

	/** How long the login or the address must still wait, if either is blocked. */
	Optional<Duration> blockedFor(String login, String address) {
		return blockedFor(List.of(accountKey(login), addressKey(address)));
	}

	/**
	 * How long the address must still wait, if it is blocked: for secrets that name no
	 * account (a BI key in a URL), which must not lock out a login whoever guesses.
	 */
	Optional<Duration> blockedFor(String address) {
		return blockedFor(List.of(addressKey(address)));
	}

	private Optional<Duration> blockedFor(List<String> keys) {
		OffsetDateTime until = jdbc
			.sql("select max(blocked_until) from login_throttle where key in (:keys) and blocked_until > now()")
			.param("keys", keys)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (until == null) {
			return Optional.empty();
		}
		Duration left = Duration.between(OffsetDateTime.now(), until);
		return Optional.of(left.isNegative() ? Duration.ZERO : left);
	}

	/** A wrong secret that names no account counts against its address only. */
	void recordAddressFailure(String address) {
		count(addressKey(address), settings.addressFailures());
	}

	void recordFailure(String login, String address) {
		count(accountKey(login), settings.accountFailures());
		if (address != null) {
			count(addressKey(address), settings.addressFailures());
		}
	}

	void recordSuccess(String login) {
		jdbc.sql("delete from login_throttle where key = :key").param("key", accountKey(login)).update();
	}

	private void count(String key, int limit) {
		jdbc.sql(
				"""
						insert into login_throttle as t (key, failures, window_start, blocked_until)
						values (:key, 1, now(), case when 1 >= :limit then now() + make_interval(secs => :block) end)
						on conflict (key) do update set
						  failures = case when t.window_start < now() - make_interval(secs => :window) then 1 else t.failures + 1 end,
						  window_start = case when t.window_start < now() - make_interval(secs => :window) then now() else t.window_start end,
						  blocked_until = case
						    when (case when t.window_start < now() - make_interval(secs => :window) then 1 else t.failures + 1 end) >= :limit
						    then now() + make_interval(secs => :block)
						    else t.blocked_until end""")
			.param("key", key)
			.param("limit", limit)
			.param("window", (double) settings.window().toSeconds())
			.param("block", (double) settings.block().toSeconds())
			.update();
	}

	private static String accountKey(String login) {
		return "account:" + (login == null ? "" : login.strip().toLowerCase());
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
