package com.sellout.portal.reading.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as data rather than as Excel would display them: numbers in "General"
 * format keep every digit (an EAN stays 4606483756890, not 4.60648E+12), dates become ISO
 * text, other formats are rendered as formatted, with a dot for decimals.
 */
final class PlainNumberFormatter extends DataFormatter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	PlainNumberFormatter() {
		super(Locale.ROOT);
		setUseCachedValuesForFormulaCells(true);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
			return dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString()
					: dateTime.format(DATE_TIME);
		}
		if (formatString == null || formatIndex == 0 || "General".equalsIgnoreCase(formatString)
				|| formatString.startsWith("0") || formatString.startsWith("#")) {
			return plain(value);
		}
		return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
	}

	static String plain(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

}
