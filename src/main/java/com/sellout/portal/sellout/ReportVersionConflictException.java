package com.sellout.portal.sellout;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A change of version the report's state does not allow (restoring the current report,
 * withdrawing one that does not count, fixing a former version): answered 409 with the
 * reason as a message key.
 */
public class ReportVersionConflictException extends ResponseStatusException {

	private final String messageKey;

	private final long reportId;

	public ReportVersionConflictException(String messageKey, long reportId) {
		super(HttpStatus.CONFLICT, messageKey, null, messageKey, null); // the API's
																		// problem detail
																		// in the caller's
																		// language
		this.messageKey = messageKey;
		this.reportId = reportId;
	}

	public String messageKey() {
		return messageKey;
	}

	public long reportId() {
		return reportId;
	}

}
