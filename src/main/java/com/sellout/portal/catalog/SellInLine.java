package com.sellout.portal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored line of a shipment document from the manufacturer to a distributor. */
public record SellInLine(long id, long distributorId, String documentNo, LocalDate documentDate, int lineNo, String sku,
		String productName, BigDecimal quantity, BigDecimal amount) {
}
