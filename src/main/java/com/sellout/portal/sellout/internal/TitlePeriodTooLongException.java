package com.sellout.portal.sellout.internal;

import com.sellout.portal.sellout.Layout;

/** The title names a period longer than a month and nothing else says which month the report is for. */
final class TitlePeriodTooLongException extends RuntimeException {

	private final transient Layout layout;

	private final String format;

	TitlePeriodTooLongException(Layout layout, String format) {
		super("The title names a period longer than a month", null, false, false);
		this.layout = layout;
		this.format = format;
	}

	Layout layout() {
		return layout;
	}

	String format() {
		return format;
	}

}
