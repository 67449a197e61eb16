package com.sellout.portal.identity.security;

import java.time.Duration;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * A logged-in person proving a secret again outside the login (the current password on
 * the profile, a recovery code for a new phone): throttled and recorded as the login's
 * failures are, so a hijacked session cannot guess freely, and every failure shows in
 * «Неудачные входы».
 */
@Component
public class ProofAttempts {

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	ProofAttempts(LoginThrottle throttle, AuditLog auditLog) {
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	/**
	 * How many minutes the person (or their address) must wait before the next attempt;
	 * empty when they may try. A refused attempt is recorded.
	 */
	public Optional<Long> minutesBlocked(CurrentUser person, String address, String what) {
		Optional<Duration> blocked = throttle.blockedFor(person.login(), address);
		blocked.ifPresent(wait -> auditLog.recordFrom(address, AuditAction.LOGIN_THROTTLED, person.login(), "user",
				person.id(), person.distributorId(), what));
		return blocked.map(wait -> new LoginThrottledException(wait).minutesToWait());
	}

	/** A wrong secret: counted and recorded. */
	public void failed(CurrentUser person, String address, AuditAction action, String what) {
		throttle.recordFailure(person.login(), address);
		auditLog.recordFrom(address, action, person.login(), "user", person.id(), person.distributorId(), what);
	}

	/** The right secret: the person's failures are forgotten. */
	public void succeeded(CurrentUser person) {
		throttle.recordSuccess(person.login());
	}

}
