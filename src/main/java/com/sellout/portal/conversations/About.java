package com.sellout.portal.conversations;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * What a thread is about: which fields are set depends on the type — a report
 * ({@code reportId}), a line of it ({@code reportId}, {@code lineNo}), a client
 * ({@code clientId}), a period, a product's stock in a period ({@code sku},
 * {@code period}), a distributor's project ({@code projectId}), or nothing in particular.
 */
public record About(AboutType type, @Nullable Long reportId, @Nullable Integer lineNo, @Nullable Long clientId,
		@Nullable YearMonth period, @Nullable String sku, @Nullable Long projectId) {

	public About(AboutType type, @Nullable Long reportId, @Nullable Integer lineNo, @Nullable Long clientId,
			@Nullable YearMonth period, @Nullable String sku) {
		this(type, reportId, lineNo, clientId, period, sku, null);
	}

	public static About project(long projectId) {
		return new About(AboutType.PROJECT, null, null, null, null, null, projectId);
	}

	public static About report(long reportId) {
		return new About(AboutType.REPORT, reportId, null, null, null, null);
	}

	public static About line(long reportId, int lineNo) {
		return new About(AboutType.LINE, reportId, lineNo, null, null, null);
	}

	public static About client(long clientId) {
		return new About(AboutType.CLIENT, null, null, clientId, null, null);
	}

	public static About period(YearMonth period) {
		return new About(AboutType.PERIOD, null, null, null, period, null);
	}

	public static About stock(String sku, YearMonth period) {
		return new About(AboutType.STOCK, null, null, null, period, sku);
	}

	public static About general() {
		return new About(AboutType.GENERAL, null, null, null, null, null);
	}

}
