package com.sellout.portal.analytics.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

/**
 * The common filters of the insight pages as the query string carries them: the range of
 * months ({@code from}, {@code to}, YYYY-MM; by default the last three complete months),
 * distributor (by id), region, segment, product group, SKU and client ИНН.
 */
record InsightParams(@Nullable String from, @Nullable String to, @Nullable Long distributor, @Nullable String region,
		@Nullable String segment, @Nullable Long group, @Nullable String sku, @Nullable String client) {

	static final int DEFAULT_MONTHS = 3;

	/** The filter of these parameters, for the distributor the scope allows. */
	SalesFilter filter(@Nullable Long distributorId, Clock clock) {
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		YearMonth end = month(to, last);
		YearMonth start = month(from, end.minusMonths(DEFAULT_MONTHS - 1));
		if (end.isBefore(start)) {
			YearMonth swap = start;
			start = end;
			end = swap;
		}
		return new SalesFilter(start, end, distributorId, region, segment, group, sku, client);
	}

	private static YearMonth month(@Nullable String text, YearMonth otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("analytics.badPeriod", text);
		}
	}

}
