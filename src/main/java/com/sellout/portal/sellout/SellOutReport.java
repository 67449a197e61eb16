package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A sell-out report as its distributor and the manufacturer see it: where it stands and what it counted. */
public record SellOutReport(long id, long distributorId, String distributor, String period, Integer version,
		ReportStatus status, String rejectionKey, String[] rejectionArgs, Channel source, String fileName,
		String format, OffsetDateTime receivedAt, String receivedBy, OffsetDateTime processedAt, int lines,
		int acceptedLines, int exceptions, int deviations, int outOfPeriod, BigDecimal acceptedQuantity,
		BigDecimal acceptedAmountNet, Long supersededBy) {
}
