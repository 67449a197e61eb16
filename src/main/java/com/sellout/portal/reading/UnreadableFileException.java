package com.sellout.portal.reading;

/**
 * A file that cannot be read as a table. Carries a message key and its arguments so that
 * the person who sent the file is told why in their own language.
 */
public class UnreadableFileException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UnreadableFileException(String messageKey, String detail, Throwable cause, Object... arguments) {
		super(detail, cause);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
