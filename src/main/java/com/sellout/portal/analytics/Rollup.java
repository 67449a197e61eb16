package com.sellout.portal.analytics;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a widget's figures are read from: the smallest rollup whose dimensions cover the
 * widget's filter and breakdown; the accepted lines themselves ({@link #LINES}, the
 * {@code sellout_sales} view) only where the benchmark compares with them. In order of
 * size, smallest first. Every widget names the one it read.
 */
public enum Rollup {

	PLACE("sales_by_place", EnumSet.of(Dimension.PERIOD, Dimension.DISTRIBUTOR, Dimension.REGION, Dimension.SEGMENT)),
	PRODUCT("sales_by_product", EnumSet.of(Dimension.PERIOD, Dimension.DISTRIBUTOR, Dimension.GROUP, Dimension.SKU)),
	CLIENT("sales_by_client",
			EnumSet.of(Dimension.PERIOD, Dimension.DISTRIBUTOR, Dimension.REGION, Dimension.SEGMENT, Dimension.CLIENT)),
	PRODUCT_PLACE("sales_by_product_place",
			EnumSet.of(Dimension.PERIOD, Dimension.DISTRIBUTOR, Dimension.GROUP, Dimension.SKU, Dimension.REGION,
					Dimension.SEGMENT)),
	CLIENT_PRODUCT("sales_by_client_product", EnumSet.allOf(Dimension.class)),
	LINES("sellout_sales", EnumSet.allOf(Dimension.class));

	private final String table;

	private final Set<Dimension> dimensions;

	Rollup(String table, Set<Dimension> dimensions) {
		this.table = table;
		this.dimensions = dimensions;
	}

	public String table() {
		return table;
	}

	/** Whether this source can sum by (and filter on) all of these. */
	public boolean covers(Set<Dimension> wanted) {
		return dimensions.containsAll(wanted);
	}

	/**
	 * The smallest rollup covering these dimensions — counting clients needs the client's
	 * ИНН in the source.
	 */
	public static Rollup coveringOf(Set<Dimension> wanted) {
		for (Rollup rollup : values()) {
			if (rollup != LINES && rollup.covers(wanted)) {
				return rollup;
			}
		}
		return LINES;
	}

}
