package com.sellout.portal.inventory;

/**
 * The manufacturer changed the channel inventory's thresholds: every band and staleness
 * is decided again, for every distributor. Published in the transaction that saved them.
 */
public record InventorySettingsChanged(StockThresholds thresholds) {
}
