/**
 * Catalog: the manufacturer's products and groups, price floors (general and per
 * distributor) and the sell-in to distributors, with their imports. Owns the product,
 * price-floor and sell-in tables; others ask {@link Catalog}, {@link ProductGroups},
 * {@link PriceFloors} and {@link SellIn}, or read {@code catalog_products},
 * {@code catalog_groups} and {@code sell_in_shipments} in their own SQL.
 */
@ApplicationModule(allowedDependencies = { "database", "distributors", "identity", "imports", "reading", "shared" })
@ReadViews({ "catalog_products", "catalog_groups", "sell_in_shipments" })
@NullMarked
package com.sellout.portal.catalog;

import com.sellout.portal.database.ReadViews;
import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
