package com.sellout.portal.analytics.internal;

import com.sellout.portal.analytics.SalesFigures;

import org.springframework.context.ApplicationContext;

/**
 * What the benchmarks (package {@code bench}) may do with the rollups' internals: refresh
 * a report through the maintenance path itself, as the events' listener does — the
 * channel dataset writes its lines by COPY, with no events.
 */
public final class RollupsForBench {

	private final RollupRefresh refresh;

	public RollupsForBench(ApplicationContext context) {
		this.refresh = context.getBean(RollupRefresh.class);
	}

	/**
	 * The same figures as {@link SalesFigures} answers, computed straight from the
	 * accepted lines ({@code Rollup.LINES}, the {@code sellout_sales} view) — what the
	 * rollups save.
	 */
	public static SalesFigures straightFromLines(ApplicationContext context) {
		return new LinesFigures(context);
	}

	/** Makes the rollups hold the report as it is now; whether anything was done. */
	public boolean refresh(long reportId) {
		return refresh.refresh(reportId) == RollupRefresh.Outcome.REFRESHED;
	}

}
