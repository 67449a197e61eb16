package com.sellout.portal.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The sell-out figures every page, export and the API show, for the caller's own scope:
 * the manufacturer's users all distributors', a distributor's users their own only, a
 * manager restricted to a list of clients those clients' only. A filter naming a
 * distributor outside the scope selects nothing, exactly as one with no sales.
 */
public interface SalesFigures {

	/** The selection's sums. */
	SalesTotals totals(SalesFilter filter);

	/** The selection's sums against the range before and a year earlier. */
	SalesComparison comparison(SalesFilter filter);

	/**
	 * The selection broken down by one dimension (and by a second within each row, when
	 * {@code then} is given), largest net amount first — by period in month order.
	 */
	List<SalesRow> breakdown(SalesFilter filter, Dimension by, @Nullable Dimension then);

	/**
	 * The same rows as {@link #breakdown} without counting the distinct clients (their
	 * {@code clients} null): a chart, a trend, a product's table. Counting the clients of
	 * a product or a group reads the client × product rollup, nearly as many rows as the
	 * lines; the sums alone read the smallest rollup.
	 */
	List<SalesRow> sums(SalesFilter filter, Dimension by, @Nullable Dimension then);

	/**
	 * Which source {@link #breakdown} (or {@link #totals}, with no dimension) reads for
	 * this.
	 */
	Rollup source(SalesFilter filter, @Nullable Dimension by, @Nullable Dimension then);

}
