package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * What every event of a report says: which report, whose, of which month, at which
 * revision and of which kind — the key a listener, delivered an event at least once,
 * handles it by once.
 */
public interface SellOutReportEvent {

	long reportId();

	long distributorId();

	YearMonth period();

	long revision();

	/**
	 * Sell-out or stock: a listener that counts sales only leaves stock reports' events
	 * alone.
	 */
	ReportKind kind();

}
