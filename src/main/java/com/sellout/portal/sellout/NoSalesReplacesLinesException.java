package com.sellout.portal.sellout;

/**
 * A declaration «продаж не было» would replace the month's active report, which has
 * lines: the distributor must confirm it means to.
 */
public class NoSalesReplacesLinesException extends RuntimeException {

	private final long activeReportId;

	private final int acceptedLines;

	public NoSalesReplacesLinesException(long activeReportId, int acceptedLines) {
		super("Report " + activeReportId + " has " + acceptedLines + " accepted lines");
		this.activeReportId = activeReportId;
		this.acceptedLines = acceptedLines;
	}

	public long activeReportId() {
		return activeReportId;
	}

	public int acceptedLines() {
		return acceptedLines;
	}

}
