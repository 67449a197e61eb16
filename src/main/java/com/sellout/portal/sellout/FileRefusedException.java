package com.sellout.portal.sellout;

/**
 * A file the {@link SellOutIntake door} does not take, with the reason as a message key
 * (and its arguments) in the sender's language: each channel answers it in its own way (a
 * 400 problem, a row of the upload page, an FTP result file, a delivery's line, a 1C
 * "failure"). Nothing of the file is kept.
 */
public class FileRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public FileRefusedException(String messageKey, String detail, Object... arguments) {
		super(detail, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** A file with no bytes at all. */
	public static FileRefusedException empty() {
		return new FileRefusedException("reading.empty", "The file is empty");
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
