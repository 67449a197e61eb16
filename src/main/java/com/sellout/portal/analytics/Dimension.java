package com.sellout.portal.analytics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sales are broken down by. Its {@link #param() name} is the API's and the pages'
 * ({@code by=region}); its key in a row: the period {@code YYYY-MM}, the distributor's
 * code, the subject's two-digit code, the segment's code, the group's id, the SKU, the
 * client's ИНН — and {@link #UNSPECIFIED} for lines without one («не указан»), which a
 * filter may ask for too.
 */
public enum Dimension {

	PERIOD("period"), DISTRIBUTOR("distributor"), REGION("region"), SEGMENT("segment"), GROUP("group"), SKU("sku"),
	CLIENT("client");

	/**
	 * The key of the lines that have no value of a dimension (no region, no segment, no
	 * product), in rows and in filters.
	 */
	public static final String UNSPECIFIED = "-";

	private final String param;

	Dimension(String param) {
		this.param = param;
	}

	public String param() {
		return param;
	}

	public static Optional<Dimension> byParam(String param) {
		return Arrays.stream(values()).filter(d -> d.param.equals(param)).findFirst();
	}

	/**
	 * Where a row of this dimension drills down to (the next breakdown, with the row's
	 * key added to the filter); empty for the client, whose rows drill down to the lines.
	 */
	public Optional<Dimension> next() {
		return switch (this) {
			case PERIOD -> Optional.of(DISTRIBUTOR);
			case DISTRIBUTOR -> Optional.of(GROUP);
			case GROUP -> Optional.of(SKU);
			case SKU -> Optional.of(REGION);
			case REGION -> Optional.of(SEGMENT);
			case SEGMENT -> Optional.of(CLIENT);
			case CLIENT -> Optional.empty();
		};
	}

}
