package com.sellout.portal.identity;

/**
 * A user change the rules refuse; names the form field and the message key to show beside
 * it.
 */
public class UserRuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	public UserRuleViolation(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
