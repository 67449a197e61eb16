package com.sellout.portal.sellout.internal;

import com.sellout.portal.mapping.Layout;

/**
 * Reading stopped: the table's layout, or the period its title names, needs a person to
 * settle it.
 */
final class NeedsMappingException extends RuntimeException {

	/** What the person is needed for. */
	enum Why {

		/** The headers do not say well enough which column is which. */
		LAYOUT,
		/**
		 * The title names a period longer than a month and nothing else says which month.
		 */
		TITLE_PERIOD

	}

	private final transient Layout suggested;

	private final String format;

	private final Why why;

	NeedsMappingException(Layout suggested, String format) {
		this(suggested, format, Why.LAYOUT);
	}

	NeedsMappingException(Layout suggested, String format, Why why) {
		super("The report needs a person: " + why, null, false, false);
		this.suggested = suggested;
		this.format = format;
		this.why = why;
	}

	Layout suggested() {
		return suggested;
	}

	String format() {
		return format;
	}

	Why why() {
		return why;
	}

}
