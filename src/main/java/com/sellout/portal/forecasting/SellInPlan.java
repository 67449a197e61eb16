package com.sellout.portal.forecasting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The sell-in a distributor (or all: the factory plan) will need per month, with its
 * parts.
 */
public record SellInPlan(@Nullable String distributor, @Nullable String sku, @Nullable Long group,
		List<SellInMonth> months, List<String> missingDistributors) {
}
