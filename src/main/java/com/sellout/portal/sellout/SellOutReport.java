package com.sellout.portal.sellout;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A sell-out report as its distributor and the manufacturer see it: where it stands and
 * what it counted; {@code replaced} is the active report it took the place of when it was
 * accepted. A stock report (остатки, {@link ReportKind#STOCK}) is one too: its
 * {@code asOf} is the date its stock stands on and its {@code period} that date's month;
 * its counts are of its stock lines ({@code acceptedAmountNet} stays 0,
 * {@code deviations} and {@code outOfPeriod} too).
 */
public record SellOutReport(long id, long distributorId, String distributor, String period, Integer version,
		ReportStatus status, String rejectionKey, String[] rejectionArgs, Channel source, String fileName,
		String format, OffsetDateTime receivedAt, String receivedBy, OffsetDateTime processedAt, int lines,
		int acceptedLines, int exceptions, int deviations, int outOfPeriod, BigDecimal acceptedQuantity,
		BigDecimal acceptedAmountNet, Long supersededBy, Replaced replaced, ReportKind kind,
		LocalDate asOf) implements Serializable {

	/** The report a newly accepted one replaced, as that report stands. */
	public record Replaced(long id, Integer version, int acceptedLines,
			BigDecimal acceptedAmountNet) implements Serializable {
	}

	/**
	 * How much more (or less) this report's accepted lines are than those of the report
	 * it replaced.
	 */
	public int linesDifference() {
		return replaced == null ? 0 : acceptedLines - replaced.acceptedLines();
	}

	public BigDecimal amountDifference() {
		return replaced == null ? BigDecimal.ZERO : acceptedAmountNet.subtract(replaced.acceptedAmountNet());
	}

}
