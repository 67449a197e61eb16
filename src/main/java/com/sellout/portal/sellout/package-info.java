/**
 * Sell-out: distributors' reports of what they sold, read from whatever they send (their own
 * spreadsheets and CSV, 1C EnterpriseData and CommerceML, the canonical JSON), mapped to the
 * canonical line, validated, and stored exactly once. The root package is the module's API.
 */
@ApplicationModule(allowedDependencies = { "audit", "catalog", "clients", "database", "distributors",
		"identity", "jobs", "reading", "shared" })
@NullMarked
package com.sellout.portal.sellout;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
