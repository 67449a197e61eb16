package com.sellout.portal.analytics;

import java.time.YearMonth;

/**
 * The rollups now hold a sell-out report as it stands (its sums again, or none when it no
 * longer counts): what reads the monthly sales ({@code sales_monthly_quantities}) after a
 * report changed listens to this, not to the report's own events, which may arrive before
 * the rollups have caught up.
 *
 * @param reportId the report
 * @param distributorId its distributor
 * @param period its month
 */
public record SalesRollupsRefreshed(long reportId, long distributorId, YearMonth period) {
}
