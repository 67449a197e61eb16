package com.sellout.portal.identity.security;

import java.time.Duration;

import com.sellout.portal.identity.TooManyFailedLogins;

import org.springframework.security.authentication.AccountStatusException;

/** Too many failed logins for the account or the address: try again after a while. */
class LoginThrottledException extends AccountStatusException implements TooManyFailedLogins {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; try again in " + minutes(retryAfter) + " min");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

	@Override
	public long minutesToWait() {
		return minutes(retryAfter);
	}

	private static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

}
