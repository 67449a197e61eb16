package com.sellout.portal.sellout;

/**
 * An Idempotency-Key that came before with other bytes: refused, since answering with the
 * first file's report would let the sender believe this file was received.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	private final String key;

	private final long reportId;

	public IdempotencyKeyReusedException(String key, long reportId) {
		super("Idempotency-Key " + key + " was used for other content (report " + reportId + ")", null, false, false);
		this.key = key;
		this.reportId = reportId;
	}

	public String key() {
		return key;
	}

	public long reportId() {
		return reportId;
	}

}
