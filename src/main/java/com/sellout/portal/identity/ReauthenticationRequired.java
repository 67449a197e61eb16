package com.sellout.portal.identity;

/**
 * The action needs the person's password or second-factor code again (see
 * {@link Reauthentication}); {@code failed} when the proof just sent was wrong.
 */
public class ReauthenticationRequired extends RuntimeException {

	private final boolean failed;

	public ReauthenticationRequired(boolean failed) {
		super(failed ? "Wrong password or code" : "Re-authentication required");
		this.failed = failed;
	}

	public boolean failed() {
		return failed;
	}

}
