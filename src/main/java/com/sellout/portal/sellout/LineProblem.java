package com.sellout.portal.sellout;

import com.sellout.portal.sellout.internal.LineColumn;

/**
 * Why a line is an exception (or what to look at): the field, the value as received, and
 * a message key in {@code i18n/messages} ({@code sellout.problem.*}) whose arguments are
 * the value, the field and the length its column holds.
 */
public record LineProblem(String field, String value, String code) {

	/**
	 * The longest text the field's column holds, as its message shows it ("500"; "0" for
	 * a field that is not text).
	 */
	public String maxLength() {
		return String.valueOf(LineColumn.maxLengthOf(field));
	}

	/**
	 * The arguments of its message: the value ("" for none), the field,
	 * {@link #maxLength()}.
	 */
	public Object[] arguments() {
		return new Object[] { value == null ? "" : value, field, maxLength() };
	}

}
