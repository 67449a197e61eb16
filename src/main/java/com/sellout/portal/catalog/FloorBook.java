package com.sellout.portal.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The current price floor rules held in memory, answering the one question sell-out
 * validation asks of them for every line: which floor applies to SKU X sold on date D to
 * a client of segment S in region R by distributor T. Among the valid rules that fit, the
 * most specific wins: the one naming more of distributor, region and segment; on a tie
 * distributor beats region beats segment; then the latest start, then the newest rule.
 */
public final class FloorBook {

	private static final Comparator<PriceFloor> PRECEDENCE = Comparator.comparingInt(FloorBook::specificity)
		.thenComparing(f -> f.distributorId() != null)
		.thenComparing(f -> f.regionCode() != null)
		.thenComparing(f -> f.segment() != null)
		.thenComparing(PriceFloor::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(PriceFloor::id);

	private final Map<String, List<PriceFloor>> bySku = new HashMap<>();

	FloorBook(List<PriceFloor> rules) {
		for (PriceFloor rule : rules) {
			bySku.computeIfAbsent(rule.sku(), sku -> new ArrayList<>()).add(rule);
		}
	}

	public Optional<PriceFloor> applicable(String sku, LocalDate date, String regionCode, String segment,
			Long distributorId) {
		List<PriceFloor> rules = bySku.get(sku);
		if (rules == null || date == null) {
			return Optional.empty();
		}
		PriceFloor best = null;
		for (PriceFloor f : rules) {
			boolean fits = (f.validFrom() == null || !f.validFrom().isAfter(date))
					&& (f.validTo() == null || !f.validTo().isBefore(date))
					&& (f.regionCode() == null || f.regionCode().equals(regionCode))
					&& (f.segment() == null || f.segment().equals(segment))
					&& (f.distributorId() == null || Objects.equals(f.distributorId(), distributorId));
			if (fits && (best == null || PRECEDENCE.compare(f, best) > 0)) {
				best = f;
			}
		}
		return Optional.ofNullable(best);
	}

	private static int specificity(PriceFloor floor) {
		return (floor.distributorId() != null ? 1 : 0) + (floor.regionCode() != null ? 1 : 0)
				+ (floor.segment() != null ? 1 : 0);
	}

}
