/**
 * Web: what every page and API call shares — the home pages, navigation, the API's
 * problem answers, decimal binding and the 503 answer while the database is unavailable.
 * Owns no table.
 */
@ApplicationModule(allowedDependencies = { "calendar", "clients", "database", "distributors", "identity", "ingest",
		"reading", "sellout", "shared" })
@NullMarked
package com.sellout.portal.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
