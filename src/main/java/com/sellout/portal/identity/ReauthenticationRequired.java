package com.sellout.portal.identity;

/**
 * The action needs the person's password or second-factor code again (see
 * {@link Reauthentication}); {@code failed} when the proof just sent was wrong, or could
 * not be checked because too many were wrong ({@code minutesToWait} above zero).
 */
public class ReauthenticationRequired extends RuntimeException {

	private final boolean failed;

	private final long minutesToWait;

	public ReauthenticationRequired(boolean failed) {
		this(failed, 0);
	}

	private ReauthenticationRequired(boolean failed, long minutesToWait) {
		super(minutesToWait > 0 ? "Too many failed attempts"
				: failed ? "Wrong password or code" : "Re-authentication required");
		this.failed = failed;
		this.minutesToWait = minutesToWait;
	}

	/** Too many wrong passwords or codes: none is checked for this many minutes. */
	public static ReauthenticationRequired throttled(long minutesToWait) {
		return new ReauthenticationRequired(true, Math.max(1, minutesToWait));
	}

	public boolean failed() {
		return failed;
	}

	/** The message key of why the proof was refused (or asked). */
	public String messageKey() {
		return minutesToWait > 0 ? "reauth.throttled" : failed ? "reauth.failed" : "reauth.api";
	}

	public long minutesToWait() {
		return minutesToWait;
	}

}
