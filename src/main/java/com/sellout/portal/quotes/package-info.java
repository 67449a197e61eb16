/**
 * Commercial proposals (коммерческие предложения): a distributor's offer to a client of
 * products from the catalog with its prices, discounts and VAT, numbered
 * {@code КП-<distributor code>-<year>-<n>} with versions, as a page, a PDF and an xlsx;
 * the manufacturer's and the distributor's requisites printed on it. The root package is
 * the module's API ({@link com.sellout.portal.quotes.Quotes},
 * {@link com.sellout.portal.quotes.QuoteRequisites}).
 */
@ApplicationModule(
		allowedDependencies = { "audit", "catalog", "database", "distributors", "identity", "projects", "shared" })
@NullMarked
package com.sellout.portal.quotes;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
