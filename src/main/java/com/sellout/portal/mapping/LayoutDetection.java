package com.sellout.portal.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.mapping.internal.HeaderSynonyms;
import com.sellout.portal.mapping.internal.LayoutDetector;
import com.sellout.portal.mapping.internal.TableKindDetector;
import com.sellout.portal.reading.RawRow;

/**
 * Where a distributor's table has its header and which column holds which canonical
 * field: the one door to layout detection for the pipeline that reads the table's lines.
 * How headers are matched (synonyms, two-row headers, a 1C report's grouping column)
 * stays inside this module.
 */
public final class LayoutDetection {

	/**
	 * How many of a table's first rows are searched for its header; the rows below stream
	 * as lines.
	 */
	public static final int SEARCHED_ROWS = LayoutDetector.SEARCHED_ROWS;

	private LayoutDetection() {
	}

	/**
	 * @param layout the layout in use or suggested
	 * @param confident whether it may be applied without a person
	 * @param signature the header's signature (null when no header-like row was found)
	 * @param fromTemplate whether the layout is the distributor's template for this
	 * header
	 */
	public record Detection(Layout layout, boolean confident, String signature, boolean fromTemplate) {
	}

	/**
	 * The layout of a table from its first rows: the distributor's template when its
	 * header's signature is known, else one matched from the header synonyms.
	 * @param templates the distributor's templates by header signature
	 * @param datedByPeriod whether lines without a date take one from the report's period
	 * (the title names one): then no date column is required
	 */
	public static Detection detect(List<RawRow> top, Map<String, Layout> templates, boolean datedByPeriod) {
		return LayoutDetector.detect(top, templates, datedByPeriod);
	}

	/**
	 * The layout of a table of this kind: for a stock report, its closing balance is the
	 * quantity, no date nor client is required, and only the distributor's stock
	 * templates apply (a sell-out report's only its sell-out ones).
	 */
	public static Detection detect(List<RawRow> top, Map<String, Layout> templates, boolean datedByPeriod,
			TableKind kind) {
		return LayoutDetector.detect(top, templates, datedByPeriod, kind);
	}

	/**
	 * Whether a table lists sales or stock, told from its header (or the distributor's
	 * template for it); empty when the header may be either and someone must say.
	 */
	public static Optional<TableKind> kindOf(List<RawRow> top, Map<String, Layout> templates) {
		return TableKindDetector.kindOf(top, templates);
	}

	/**
	 * Whether the table's header names a buyer: a sell-out report's sign, which a file
	 * sent as stock must not have.
	 */
	public static boolean namesABuyer(List<RawRow> top) {
		return TableKindDetector.namesABuyer(top);
	}

	/**
	 * A layout a person confirmed for this very table, with the signature of the header
	 * rows they named.
	 */
	public static Detection confirmed(Layout confirmed, List<RawRow> top) {
		return new Detection(confirmed, true, LayoutDetector.signatureAt(top, confirmed.headerRows()).orElse(null),
				false);
	}

	/**
	 * A cell's text as headers are compared: lower case, ё as е, words only ("Итого:" →
	 * "итого").
	 */
	public static String wordsOf(String text) {
		return HeaderSynonyms.key(text);
	}

}
