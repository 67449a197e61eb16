package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.sellout.portal.mapping.Layout;

/**
 * The month a report covers (docs/canonical-line.md, "Period"), in this order: the one
 * given with the upload, else the file's own, else the layout's setting, else the one
 * month all sale dates fall in. None of them: a person chooses it, or a channel without
 * one rejects the report.
 */
final class ReportPeriod {

	private ReportPeriod() {
	}

	/**
	 * @param requested the period given with the upload (any day of it), if any
	 * @param filePeriod the period the file names ("YYYY-MM"), if any; one it names
	 * unreadably is no period at all, never passed over for a guess from the dates
	 * @param layout the table layout applied, if any
	 * @param firstSale the earliest sale date of the lines, if any
	 * @param lastSale the latest sale date of the lines, if any
	 * @return the report's period, or null when nothing tells it
	 */
	static YearMonth of(LocalDate requested, String filePeriod, Layout layout, LocalDate firstSale,
			LocalDate lastSale) {
		if (requested != null) {
			return YearMonth.from(requested);
		}
		if (filePeriod != null) {
			try {
				return YearMonth.parse(filePeriod.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		if (layout != null && layout.settings() != null && layout.settings().period() != null) {
			return YearMonth.parse(layout.settings().period());
		}
		if (firstSale != null && YearMonth.from(firstSale).equals(YearMonth.from(lastSale))) {
			return YearMonth.from(firstSale);
		}
		return null;
	}

}
