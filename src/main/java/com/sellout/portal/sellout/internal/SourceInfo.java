package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.util.List;

import com.sellout.portal.mapping.Layout;

/**
 * What reading a file told about it besides its lines.
 *
 * @param format the format read: XLSX, XLS, HTML, CSV, ENTERPRISE_DATA 1.6, COMMERCE_ML
 * 2.08, JSON
 * @param period the period the file itself names ("YYYY-MM"), if any
 * @param layout the table layout applied (tables only)
 * @param signature the table header's signature (tables only)
 * @param fromTemplate whether the layout came from the distributor's template
 * @param deletedDocuments 1C documents the file marks for deletion (incremental
 * deliveries remove them)
 * @param asOf the date a stock report's file says its stock stands on (its title, the
 * canonical JSON's {@code as_of}), if any; {@link #UNREADABLE} when it names one that is
 * no date
 */
record SourceInfo(String format, String period, Layout layout, String signature, boolean fromTemplate,
		List<DocumentKey> deletedDocuments, LocalDate asOf) {

	/** An as-of date a file names unreadably: no date at all, never a guess. */
	static final LocalDate UNREADABLE = LocalDate.MIN;

	SourceInfo(String format, String period, Layout layout, String signature, boolean fromTemplate,
			List<DocumentKey> deletedDocuments) {
		this(format, period, layout, signature, fromTemplate, deletedDocuments, null);
	}

	SourceInfo(String format, String period, Layout layout, String signature, boolean fromTemplate) {
		this(format, period, layout, signature, fromTemplate, List.of());
	}

	/** The same with the as-of date the file names. */
	SourceInfo withAsOf(LocalDate date) {
		return new SourceInfo(format, period, layout, signature, fromTemplate, deletedDocuments, date);
	}

	static SourceInfo structured(String format, String period) {
		return new SourceInfo(format, period, null, null, false);
	}

	static SourceInfo structured(String format, List<DocumentKey> deletedDocuments) {
		return new SourceInfo(format, null, null, null, false, List.copyOf(deletedDocuments));
	}

	/**
	 * A 1C document by its number and date: what a deletion mark or a second sending
	 * refers to.
	 */
	record DocumentKey(String number, LocalDate date) {
	}

}
