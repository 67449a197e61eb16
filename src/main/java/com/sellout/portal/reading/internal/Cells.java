package com.sellout.portal.reading.internal;

/** Cleaning of cell texts: no-break and odd spaces become plain ones, ends are trimmed. */
final class Cells {

	private Cells() {
	}

	static String clean(String value) {
		if (value == null) {
			return "";
		}
		String text = value.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\uFEFF', ' ');
		return text.strip();
	}

}
