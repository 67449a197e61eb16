/**
 * The BI feed and the reporting schema: an OData v4 service at {@code /odata/} (Apache
 * Olingo) for Power BI and Excel — sell-out lines, the monthly rollup, reports, master
 * data, sell-in, deviations, channel inventory and forecasts, with {@code $filter} and
 * the rest translated to SQL, keyset paging over a snapshot of the active reports, and
 * rows streamed as they are read — and a {@code reporting} schema of
 * {@code security_invoker} views with login roles for tools that read PostgreSQL. Both
 * show exactly the portal's figures under the same row-level security. Reads other
 * modules only through their published read views and APIs; owns the feed's snapshots and
 * the reporting schema.
 */
@ApplicationModule(allowedDependencies = { "analytics", "audit", "catalog", "clients", "database", "distributors",
		"forecasting", "identity", "inventory", "sellout", "shared" })
@NullMarked
package com.sellout.portal.odata;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
