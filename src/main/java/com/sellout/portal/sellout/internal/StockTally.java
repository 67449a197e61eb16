package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;

/**
 * A stock report's counts kept while its lines stream by: its product lines, how many
 * were accepted, and the stock they add up to.
 */
final class StockTally {

	int lines;

	int accepted;

	int exceptions;

	BigDecimal quantity = BigDecimal.ZERO;

	void add(ValidatedLine line) {
		lines++;
		if (!line.accepted()) {
			exceptions++;
			return;
		}
		accepted++;
		quantity = quantity.add(line.quantity);
	}

}
