/**
 * Channel inventory: what each distributor holds of each product month by month — the
 * opening, the sell-in shipped to it, the sell-out it reported, the closing it should
 * have and the closing it reported, the gap between them, its weeks of supply and its
 * stock that sticks. Computed from the read views of sellout, catalog and distributors
 * whenever a distributor's sell-in, stock or sell-out changes (their events); owns
 * {@code channel_inventory} and {@code inventory_settings}; the forecasts read the
 * months' stock through {@code channel_stock}, the BI feed and the reporting schema the
 * whole month through {@code channel_inventory_months}.
 */
@ApplicationModule(
		allowedDependencies = { "catalog", "database", "distributors", "identity", "jobs", "sellout", "shared" })
@ReadViews({ "channel_stock", "channel_inventory_months" })
@NullMarked
package com.sellout.portal.inventory;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
