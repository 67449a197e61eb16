package com.sellout.portal.reading;

import com.sellout.portal.shared.MatchingText;

/** A column a file may have, known by the headers people write for it. */
public interface Column {

	boolean matches(String header);

	/**
	 * "Ед. изм.:" → "ед изм"; "Штрих-код" → "штрих код"; "list_price" → "list price".
	 * Commas, «№» and «%» still count: the catalogue's and clients' synonyms are written
	 * with them.
	 */
	static String normalise(String header) {
		return MatchingText.spaced(header, "._:*\"'()-/");
	}

}
