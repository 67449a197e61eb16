package com.sellout.portal.quotes;

import java.math.BigDecimal;

/**
 * A line of a proposal as computed: {@code net} = quantity × price × (1 − discount / 100)
 * rounded half up to kopecks, {@code vat} = net × rate / 100 rounded half up to kopecks,
 * {@code total} = net + VAT (see {@link QuoteTotals}). The price is net of VAT.
 */
public record QuoteLine(int lineNo, String sku, String name, String unit, BigDecimal quantity, BigDecimal price,
		BigDecimal discountPercent, BigDecimal vatRate, BigDecimal net, BigDecimal vat, BigDecimal total) {
}
