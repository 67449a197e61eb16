package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a table is read: where its header is, which column holds which canonical field, and what
 * its amounts mean. Used for the layout in use, the one suggested, and a distributor's template.
 *
 * @param headerRows   the header's row numbers as a person sees them (two for a two-row header)
 * @param firstDataRow the row number where the lines begin
 * @param columns      every column of the header, with the field it holds (null: ignored)
 * @param settings     the VAT convention and the period, when known
 */
public record Layout(List<Integer> headerRows, Integer firstDataRow, List<MappedColumn> columns, Settings settings) {

	/** One column: its position from 0, its header as written, its field (or null) and how sure the match is (0–1). */
	public record MappedColumn(int index, String header, String field, Double confidence) {
	}

	/**
	 * @param amountsIncludeVat whether prices and amounts include VAT (read from the headers, or confirmed)
	 * @param vatRate           the VAT rate in percent when lines do not say (default 22)
	 * @param period            the report's period "YYYY-MM", when set by a person
	 */
	public record Settings(Boolean amountsIncludeVat, BigDecimal vatRate, String period) {
	}

}
