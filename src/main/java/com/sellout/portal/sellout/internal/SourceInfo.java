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
 */
record SourceInfo(String format, String period, Layout layout, String signature, boolean fromTemplate,
		List<DocumentKey> deletedDocuments) {

	SourceInfo(String format, String period, Layout layout, String signature, boolean fromTemplate) {
		this(format, period, layout, signature, fromTemplate, List.of());
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
