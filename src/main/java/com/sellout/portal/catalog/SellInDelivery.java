package com.sellout.portal.catalog;

import java.util.List;

/**
 * What became of a delivery of sell-in lines: the documents stored (each replacing an
 * earlier version with the same number) and the lines refused, with their reasons.
 */
public record SellInDelivery(int documents, int lines, int replacedDocuments, List<Problem> problems) {

	/**
	 * A refused line: which line (the file's row or the position in a JSON array, from
	 * 1), which field, the message key and the offending value.
	 */
	public record Problem(int line, String field, String messageKey, String value) {
	}

}
