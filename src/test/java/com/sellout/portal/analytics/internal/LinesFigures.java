package com.sellout.portal.analytics.internal;

import java.util.List;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesComparison;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.SalesTotals;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;

/**
 * The figures {@link SalesQueries} answers, computed by the same statement straight from
 * the accepted lines ({@link Rollup#LINES}, through {@link StraightFromLines}) instead of
 * the smallest covering rollup: what the benchmark compares the rollups with, widget for
 * widget.
 */
final class LinesFigures implements SalesFigures {

	private final StraightFromLines lines;

	LinesFigures(ApplicationContext context) {
		this.lines = context.getBean(StraightFromLines.class);
	}

	@Override
	public SalesTotals totals(SalesFilter filter) {
		return lines.totals(filter);
	}

	@Override
	public SalesComparison comparison(SalesFilter filter) {
		return new SalesComparison(lines.totals(filter), lines.totals(filter.previous()),
				lines.totals(filter.yearEarlier()));
	}

	@Override
	public List<SalesRow> breakdown(SalesFilter filter, Dimension by, @Nullable Dimension then) {
		return lines.breakdown(filter, by, then);
	}

	@Override
	public List<SalesRow> sums(SalesFilter filter, Dimension by, @Nullable Dimension then) {
		return lines.sums(filter, by, then);
	}

	@Override
	public Rollup source(SalesFilter filter, @Nullable Dimension by, @Nullable Dimension then) {
		return Rollup.LINES;
	}

}
