package com.sellout.portal.reading;

import java.util.Locale;

/** A column a file may have, known by the headers people write for it. */
public interface Column {

	boolean matches(String header);

	/** "Ед. изм.:" → "ед изм"; "Штрих-код" → "штрих код"; "list_price" → "list price". */
	static String normalise(String header) {
		if (header == null) {
			return "";
		}
		return header.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("[._:*\"'()\\-/]+", " ")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
