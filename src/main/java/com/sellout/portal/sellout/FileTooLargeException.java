package com.sellout.portal.sellout;

/**
 * A file longer than {@code portal.sellout.max-file-size}, told by its known size or
 * found while it was streamed in (a request body without a length, say): nothing of it is
 * kept.
 */
public class FileTooLargeException extends FileRefusedException {

	private final long limit;

	public FileTooLargeException(long limit) {
		super("reading.tooLarge", "The file is larger than " + limit + " bytes", limit / 1024 / 1024);
		this.limit = limit;
	}

	public long limit() {
		return limit;
	}

}
