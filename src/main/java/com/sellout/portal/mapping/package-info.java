/**
 * Mapping: how a distributor's own table is read — where its header is and which column
 * holds which field of the canonical line
 * ({@link com.sellout.portal.mapping.CanonicalField}), detected from header synonyms or
 * taken from the distributor's template — and the distributor's value mappings (its item
 * codes and its names for regions, units, segments to ours). It owns the tables
 * {@code sellout_templates} and {@code value_mappings}. Sell-out depends on it, never the
 * other way: what mapping needs to know of reports it asks through
 * {@link com.sellout.portal.mapping.TemplateUsage}, which sell-out implements. The root
 * package is the module's API; internals in {@code internal}, pages in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "audit", "catalog", "clients", "database", "distributors", "identity",
		"reading", "shared" })
@NullMarked
package com.sellout.portal.mapping;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
