package com.sellout.portal.sellout.internal;

import com.sellout.portal.mapping.Layout;

/**
 * The report waits for a person: the layout or the period is not known well enough.
 * Thrown from within the processing transaction so that none of the report's lines stay;
 * {@link ReportProcessor} then holds the report for mapping.
 */
final class NeedsPerson extends RuntimeException {

	final String format;

	final transient Layout layout;

	final String reasonKey;

	NeedsPerson(String format, Layout layout, String reasonKey) {
		super(reasonKey, null, false, false);
		this.format = format;
		this.layout = layout;
		this.reasonKey = reasonKey;
	}

}
