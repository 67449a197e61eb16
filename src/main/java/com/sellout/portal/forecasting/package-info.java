/**
 * Forecasting: how much each distributor will sell out per product and month, from its
 * own sell-out history — exponential smoothing chosen by AICc, Theta, Croston/SBA/TSB for
 * intermittent demand, seasonal naive and moving average as baselines, the method picked
 * by a rolling-origin backtest whose error is shown — and from that, with the channel
 * stock, the goods in transit, the lead time, the target cover and the named orders, how
 * much it will need to buy (sell-in), summed into the factory plan. Groups and all
 * distributors are sums of the distributor × product forecasts (bottom-up). The methods
 * are plain Java in {@code models}; the module reads the monthly sales of analytics, the
 * channel stock of inventory, the catalog and the distributors through their read views
 * and APIs, and owns the stored forecasts, the named orders and the planning settings;
 * the BI feed and the reporting schema read the latest forecasts through
 * {@code forecast_months}.
 */
@ApplicationModule(allowedDependencies = { "analytics", "audit", "catalog", "clients", "database", "distributors",
		"identity", "imports", "inventory", "jobs", "reading", "shared" })
@ReadViews("forecast_months")
@NullMarked
package com.sellout.portal.forecasting;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
