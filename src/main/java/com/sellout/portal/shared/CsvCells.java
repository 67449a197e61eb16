package com.sellout.portal.shared;

import java.math.BigDecimal;

/**
 * A value as a CSV cell that a spreadsheet will not run: quoted when needed, and text
 * with a leading =, +, -, @, tab or CR neutralised with an apostrophe (formula
 * injection). A number is written as it is — a negative amount is a number, not a formula
 * — and a date as ISO text.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * A cell of any value: numbers ({@link Number}) plain, "-740.44" included; other
	 * values as {@link #safe text}.
	 */
	public static String value(Object value) {
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return safe(value == null ? null : value.toString());
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = value;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			text = "'" + text;
		}
		if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
