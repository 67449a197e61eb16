package com.sellout.portal.sellout.internal;

/**
 * No person on this channel to settle what the file leaves open (its layout or its
 * period), so the report is rejected with that reason. Thrown from within the processing
 * transaction so that none of the report's lines stay; {@link ReportProcessor} then
 * records the rejection.
 */
final class RejectedForChannel extends RuntimeException {

	final String format;

	final String reasonKey;

	RejectedForChannel(String format, String reasonKey) {
		super(reasonKey, null, false, false);
		this.format = format;
		this.reasonKey = reasonKey;
	}

}
