/**
 * Demo: the demonstration data (distributors, people, products, clients, and some 36
 * months of generated sell-out, sell-in and a stock report, and the forecasts' planning
 * terms and named orders) loaded on an empty database when {@code portal.demo.enabled} is
 * set, through the other modules' APIs only. Owns no table.
 */
@ApplicationModule(allowedDependencies = { "catalog", "clients", "conversations", "database", "distributors",
		"forecasting", "identity", "projects", "quotes", "reading", "sellout", "shared", "tasks" })
@NullMarked
package com.sellout.portal.demo;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
