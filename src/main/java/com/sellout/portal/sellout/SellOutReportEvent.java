package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * What every event of a sell-out report says: which report, whose, of which month, and at
 * which revision — the key a listener, delivered an event at least once, handles it by
 * once.
 */
public interface SellOutReportEvent {

	long reportId();

	long distributorId();

	YearMonth period();

	long revision();

}
