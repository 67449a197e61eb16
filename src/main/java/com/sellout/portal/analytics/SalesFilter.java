package com.sellout.portal.analytics;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * Which sales a widget sums: a range of report months (both ends included) and,
 * optionally, one distributor, region (its code, or {@link Dimension#UNSPECIFIED}),
 * segment (its code, or unspecified), product group (its sub-groups included; a row of
 * the group breakdown may be the group itself), product by SKU, client by ИНН. Whose
 * sales may be seen at all is not the filter's business: the caller's data scope,
 * row-level security and a restricted manager's clients decide that, in the service.
 */
public record SalesFilter(YearMonth from, YearMonth to, @Nullable Long distributorId, @Nullable String region,
		@Nullable String segment, @Nullable Long groupId, @Nullable String sku, @Nullable String clientInn) {

	public SalesFilter {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("to before from: " + from + ".." + to);
		}
		region = blankToNull(region);
		segment = blankToNull(segment);
		sku = blankToNull(sku);
		clientInn = blankToNull(clientInn);
	}

	/** The range alone, nothing else narrowed. */
	public static SalesFilter of(YearMonth from, YearMonth to) {
		return new SalesFilter(from, to, null, null, null, null, null, null);
	}

	/** How many months the range spans. */
	public int months() {
		return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
	}

	/** The range of the same length just before this one, the rest unchanged. */
	public SalesFilter previous() {
		return within(from.minusMonths(months()), from.minusMonths(1));
	}

	/** The same range a year earlier, the rest unchanged. */
	public SalesFilter yearEarlier() {
		return within(from.minusYears(1), to.minusYears(1));
	}

	/** The same selection over another range. */
	public SalesFilter within(YearMonth otherFrom, YearMonth otherTo) {
		return new SalesFilter(otherFrom, otherTo, distributorId, region, segment, groupId, sku, clientInn);
	}

	/** The same selection narrowed to a breakdown row's key (how a row drills down). */
	public SalesFilter with(Dimension dimension, String key) {
		return switch (dimension) {
			case PERIOD -> within(YearMonth.parse(key), YearMonth.parse(key));
			case DISTRIBUTOR -> throw new IllegalArgumentException("a distributor is narrowed by its id");
			case REGION -> new SalesFilter(from, to, distributorId, key, segment, groupId, sku, clientInn);
			case SEGMENT -> new SalesFilter(from, to, distributorId, region, key, groupId, sku, clientInn);
			case GROUP -> new SalesFilter(from, to, distributorId, region, segment, Long.valueOf(key), sku, clientInn);
			case SKU -> new SalesFilter(from, to, distributorId, region, segment, groupId, key, clientInn);
			case CLIENT -> new SalesFilter(from, to, distributorId, region, segment, groupId, sku, key);
		};
	}

	/** The same selection of one distributor. */
	public SalesFilter ofDistributor(@Nullable Long id) {
		return new SalesFilter(from, to, id, region, segment, groupId, sku, clientInn);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
