package com.sellout.portal.mapping;

import java.util.List;

/** A value mapping file refused as a whole, line by line: nothing of it was saved. */
public class ValueMappingsRefusedException extends RuntimeException {

	private final transient List<Refusal> refusals;

	public ValueMappingsRefusedException(List<Refusal> refusals) {
		super("Value mappings refused: " + refusals);
		this.refusals = List.copyOf(refusals);
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	/**
	 * Why a line was refused: a message key of {@code i18n/messages} and its arguments.
	 */
	public record Refusal(int line, String messageKey, Object... arguments) {
	}

}
