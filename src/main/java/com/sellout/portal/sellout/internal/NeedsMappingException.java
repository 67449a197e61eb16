package com.sellout.portal.sellout.internal;

import com.sellout.portal.sellout.Layout;

/** Reading stopped: the table's layout is not known well enough to read it without a person. */
final class NeedsMappingException extends RuntimeException {

	private final transient Layout suggested;

	private final String format;

	NeedsMappingException(Layout suggested, String format) {
		super("The layout needs a person to confirm it", null, false, false);
		this.suggested = suggested;
		this.format = format;
	}

	Layout suggested() {
		return suggested;
	}

	String format() {
		return format;
	}

}
