package com.sellout.portal.catalog;

/** What a sell-out line may name a product by: its SKU, its EAN, its exact name. */
public record ProductIdentity(String sku, String ean, String name) {
}
