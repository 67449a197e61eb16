package com.sellout.portal.forecasting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A named order (именной заказ на производство): a distributor's order of a product for a
 * named end project of one client, for one month. It replaces that client's share of the
 * distributor's sell-out forecast for the product and month (the client's average share
 * of the last 12 months), so it is never counted twice.
 */
public record NamedOrder(long id, long distributorId, String distributor, String clientInn, @Nullable String clientName,
		String sku, @Nullable String productName, BigDecimal quantity, YearMonth month, @Nullable String project,
		OffsetDateTime createdAt, String createdBy) {
}
