package com.sellout.portal.sellout;

/**
 * A file longer than its channel allows, found while it was streamed in (a request body without a
 * length, say): nothing of it is kept.
 */
public class FileTooLargeException extends RuntimeException {

	private final long limit;

	public FileTooLargeException(long limit) {
		super("The file is larger than " + limit + " bytes", null, false, false);
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}

}
