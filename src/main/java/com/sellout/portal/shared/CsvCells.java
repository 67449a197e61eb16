package com.sellout.portal.shared;

/**
 * A value as a CSV cell that a spreadsheet will not run: quoted when needed, and a leading
 * =, +, -, @, tab or CR neutralised with an apostrophe (formula injection).
 */
public final class CsvCells {

	private CsvCells() {
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
