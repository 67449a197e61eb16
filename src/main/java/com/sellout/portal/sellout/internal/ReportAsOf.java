package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The date a stock report's stock stands on, in this order: the one given with the upload
 * (or chosen by a person), else the one its file names (the canonical JSON's
 * {@code as_of}, the title's «Остатки на 31.10.2037» or the end of the period the title
 * names), else the last day of the period given with the upload, else of the period the
 * file names. None of them: a person chooses it, or a channel without one rejects the
 * report. A date the file names unreadably is no date at all, never passed over for a
 * guess.
 */
final class ReportAsOf {

	private ReportAsOf() {
	}

	/**
	 * @param requested the as-of date given with the upload, if any
	 * @param fileAsOf the one the file names, if any ({@link SourceInfo#UNREADABLE}: it
	 * names one that is no date)
	 * @param requestedPeriod the period given with the upload (any day of it), if any
	 * @param filePeriod the period the file names ("YYYY-MM"), if any
	 * @return the as-of date, or null when nothing tells it
	 */
	static LocalDate of(LocalDate requested, LocalDate fileAsOf, LocalDate requestedPeriod, String filePeriod) {
		if (requested != null) {
			return requested;
		}
		if (fileAsOf != null) {
			return fileAsOf.equals(SourceInfo.UNREADABLE) ? null : fileAsOf;
		}
		if (requestedPeriod != null) {
			return YearMonth.from(requestedPeriod).atEndOfMonth();
		}
		if (filePeriod != null) {
			try {
				return YearMonth.parse(filePeriod.strip()).atEndOfMonth();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

}
