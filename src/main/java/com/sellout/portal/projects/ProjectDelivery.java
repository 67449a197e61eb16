package com.sellout.portal.projects;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A line of a project against what its distributor sold out of it to the project's client
 * since the approval (the month of the approval on), by the sell-out reports.
 */
public record ProjectDelivery(String sku, @Nullable String productName, BigDecimal registered, BigDecimal delivered) {
}
