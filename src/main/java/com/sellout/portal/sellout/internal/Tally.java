package com.sellout.portal.sellout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sellout.portal.clients.FoundClient;

/**
 * Counts and sums kept while the lines stream by, so that settling a report of any size
 * needs no second pass over its lines: the report's counts, the span of its sale dates
 * (for its period) and the clients its lines name that the registry does not know yet.
 */
final class Tally {

	int lines;

	int accepted;

	int exceptions;

	int deviations;

	BigDecimal quantity = BigDecimal.ZERO;

	BigDecimal amountNet = BigDecimal.ZERO;

	LocalDate firstDate;

	LocalDate lastDate;

	final Map<String, FoundClient> newClients = new LinkedHashMap<>();

	void add(ValidatedLine line, ReportContext context) {
		lines++;
		if (line.saleDate != null) {
			firstDate = firstDate == null || line.saleDate.isBefore(firstDate) ? line.saleDate : firstDate;
			lastDate = lastDate == null || line.saleDate.isAfter(lastDate) ? line.saleDate : lastDate;
		}
		if (!line.accepted()) {
			exceptions++;
			return;
		}
		accepted++;
		quantity = quantity.add(line.quantity);
		amountNet = amountNet.add(line.amountNet);
		if (line.isDeviation()) {
			deviations++;
		}
		if (line.clientInn != null && !context.isRegistered(line.clientInn)) {
			newClients.putIfAbsent(line.clientInn,
					new FoundClient(line.clientInn, line.clientKpp,
							line.clientName == null ? line.clientInn : line.clientName, line.regionCode, line.city,
							line.deliveryAddress));
		}
	}

}
