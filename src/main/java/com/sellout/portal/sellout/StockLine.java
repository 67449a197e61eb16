package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored line of a stock report (остатки): a product's closing stock at one warehouse
 * on the report's as-of date, as received and as resolved ({@code sku} is the catalog's,
 * null while the product is not found), with its problems when it is an exception.
 * {@code received} holds the values the file gave, by canonical field, for a person
 * fixing the line. Lines of several warehouses of one product stay separate lines; they
 * add up in the {@code stock_levels} view.
 */
public record StockLine(int lineNo, boolean accepted, @Nullable String sku, @Nullable String distributorSku,
		@Nullable String ean, @Nullable String productName, @Nullable String warehouse, @Nullable BigDecimal quantity,
		@Nullable String unit, @Nullable BigDecimal cost, List<LineProblem> problems, Map<String, String> received) {
}
