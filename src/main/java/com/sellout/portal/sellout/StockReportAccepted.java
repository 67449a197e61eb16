package com.sellout.portal.sellout;

import java.time.YearMonth;

/**
 * A distributor's stock report was accepted. Declared for the next issue (stock reports):
 * nothing publishes it yet; the fields follow the sell-out report events so that
 * listeners can be keyed the same way, by report and revision.
 */
public record StockReportAccepted(long reportId, long distributorId, YearMonth period, long revision) {
}
