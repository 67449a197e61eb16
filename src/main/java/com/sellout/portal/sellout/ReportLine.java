package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One stored line of a report in the canonical template, with its problems when it is an exception. */
public record ReportLine(int lineNo, boolean accepted, LocalDate saleDate, String documentNo, String clientInn,
		String clientKpp, String clientName, String clientSegment, String regionCode, String city, String sku,
		String distributorSku, String productName, BigDecimal quantity, String unit, BigDecimal priceNet,
		BigDecimal amountNet, BigDecimal vatRate, BigDecimal floorPrice, BigDecimal belowFloorPct, boolean outOfPeriod,
		List<LineProblem> problems) {
}
