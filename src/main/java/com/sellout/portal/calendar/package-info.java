/**
 * The reporting calendar: which report each distributor owes for which month and when
 * (its frequency, the due rule, the grace, its time zone, the production calendar's
 * working days), the state of each expected submission as the reports arrive, the period
 * board, reminders and escalation, and each distributor's scorecard. Reads where each
 * report stands through sellout's read views and events; owns the {@code calendar_*}
 * tables. Every time-dependent method has a form taking the instant "now", so that tests
 * control the clock; the others use the {@link java.time.Clock} bean.
 */
@ApplicationModule(allowedDependencies = { "audit", "catalog", "clients", "database", "distributors", "identity",
		"inventory", "jobs", "messaging", "sellout", "shared" })
@NullMarked
package com.sellout.portal.calendar;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
