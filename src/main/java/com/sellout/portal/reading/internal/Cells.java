package com.sellout.portal.reading.internal;

/**
 * Cleaning of cell texts: no-break and odd spaces become plain ones, ends are trimmed.
 */
final class Cells {

	private Cells() {
	}

	static String clean(String value) {
		if (value == null) {
			return "";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF') {
				return value.replace('\u00A0', ' ')
					.replace('\u202F', ' ')
					.replace('\u2007', ' ')
					.replace('\uFEFF', ' ')
					.strip();
			}
		}
		return value.strip();
	}

}
