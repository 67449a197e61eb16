/**
 * Analytics: what the sell-out says — totals against the range before and a year earlier,
 * trends, breakdowns by distributor, product group, product, region, segment and client,
 * white spots, client concentration, demand dynamics and price deviations — for the
 * manufacturer over all distributors and for a distributor over its own lines. Reads
 * rollups of its own ({@code sales_by_*}), kept from the report events per report and
 * revision, and the read views of sellout, catalog, distributors and inventory; owns
 * {@code analytics_reports}, the {@code sales_by_*} rollups, {@code sales_below_floor}
 * and {@code analytics_settings}. The forecasts read the monthly sales through
 * {@code sales_monthly_quantities}, {@code sales_monthly_client_quantities} and
 * {@code sales_reported_months}, and refit on {@link SalesRollupsRefreshed}; the BI feed
 * and the reporting schema read {@code sales_monthly} and
 * {@code sales_monthly_by_client}.
 */
@ApplicationModule(allowedDependencies = { "audit", "catalog", "clients", "database", "distributors", "identity",
		"inventory", "jobs", "sellout", "shared" })
@ReadViews({ "sales_monthly_quantities", "sales_monthly_client_quantities", "sales_reported_months", "sales_monthly",
		"sales_monthly_by_client" })
@NullMarked
package com.sellout.portal.analytics;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
