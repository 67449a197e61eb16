/**
 * Sell-out: distributors' reports of what they sold, read from whatever they send (their
 * own spreadsheets and CSV, 1C EnterpriseData and CommerceML, the canonical JSON), mapped
 * to the canonical line, validated, and stored exactly once. The root package is the
 * module's API; other modules' SQL may read {@code sellout_report_states} (where each
 * report stands), nothing else of its tables.
 */
@ApplicationModule(allowedDependencies = { "audit", "catalog", "clients", "database", "distributors", "identity",
		"jobs", "mapping", "reading", "shared" })
@ReadViews("sellout_report_states")
@NullMarked
package com.sellout.portal.sellout;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
