package com.sellout.portal.sellout.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.sellout.portal.mapping.CanonicalField;

/**
 * A line as the file gave it: the text of each canonical field, before any checking. The
 * line number is what a person finds in the file: the row of a sheet, the record of a
 * CSV, the position of a document row in XML or of a line in JSON.
 */
final class SourceLine {

	private static final CanonicalField[] FIELDS = CanonicalField.values();

	private final int number;

	private final String[] values = new String[FIELDS.length];

	private boolean datedByPeriod;

	SourceLine(int number) {
		this.number = number;
	}

	int number() {
		return number;
	}

	SourceLine set(CanonicalField field, String value) {
		values[field.ordinal()] = value == null || value.isBlank() ? null : value.strip();
		return this;
	}

	/** The text, or null when the file had none. */
	String get(CanonicalField field) {
		return values[field.ordinal()];
	}

	/**
	 * The line had no date: it takes the last day of the report's period (a warning, not
	 * an error).
	 */
	SourceLine datedByPeriod(String date) {
		set(CanonicalField.SALE_DATE, date);
		datedByPeriod = true;
		return this;
	}

	boolean isDatedByPeriod() {
		return datedByPeriod;
	}

	boolean isEmpty() {
		for (String value : values) {
			if (value != null) {
				return false;
			}
		}
		return true;
	}

	/** The fields given, for keeping an exception's original values. */
	Map<String, String> asMap() {
		Map<String, String> map = new LinkedHashMap<>();
		for (CanonicalField field : FIELDS) {
			if (values[field.ordinal()] != null) {
				map.put(field.key(), values[field.ordinal()]);
			}
		}
		return map;
	}

}
