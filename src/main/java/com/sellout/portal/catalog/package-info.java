/**
 * Catalog: the manufacturer's products and groups, price floors (general and per
 * distributor) and the sell-in to distributors, with their imports. Owns the product,
 * price-floor and sell-in tables; others ask {@link Catalog}, {@link ProductGroups},
 * {@link PriceFloors} and {@link SellIn}.
 */
@ApplicationModule(allowedDependencies = { "database", "distributors", "identity", "imports", "reading", "shared" })
@NullMarked
package com.sellout.portal.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
