package com.sellout.portal.shared;

import java.util.Arrays;

/**
 * A request refused because of what the user sent — a missing distributor, a period that
 * is not a month, an empty file — carrying the message key (and its arguments) that tells
 * them why in their language. The API answers it 400 with the localized message as the
 * problem's detail; pages show it. Anything else, an {@link IllegalArgumentException}
 * from our own code included, is a fault of ours and answers 500.
 */
public class RefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RefusedException(String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
