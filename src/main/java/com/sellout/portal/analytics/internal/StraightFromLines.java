package com.sellout.portal.analytics.internal;

import java.util.List;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.SalesTotals;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of {@code SalesFigures} computed by the same query straight over the
 * accepted lines ({@code sellout_sales}) instead of the rollups: what the benchmark
 * compares the rollups with, in the same run, for the same widgets. Nothing else should
 * read it — it is as slow as the lines are many.
 */
@Component
public class StraightFromLines {

	private final SalesQueries queries;

	StraightFromLines(SalesQueries queries) {
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	public SalesTotals totals(SalesFilter filter) {
		return queries.totals(filter, true);
	}

	@Transactional(readOnly = true)
	public List<SalesRow> breakdown(SalesFilter filter, Dimension by, @Nullable Dimension then) {
		return queries.breakdown(filter, by, then, true, true);
	}

	@Transactional(readOnly = true)
	public List<SalesRow> sums(SalesFilter filter, Dimension by, @Nullable Dimension then) {
		return queries.breakdown(filter, by, then, true, false);
	}

}
