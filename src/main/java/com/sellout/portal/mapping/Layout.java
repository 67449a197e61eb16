package com.sellout.portal.mapping;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a table is read: where its header is, which column holds which canonical field, and
 * what its amounts mean. Used for the layout in use, the one suggested, and a
 * distributor's template.
 *
 * @param headerRows the header's row numbers as a person sees them (two for a two-row
 * header)
 * @param firstDataRow the row number where the lines begin
 * @param columns every column of the header, with the field it holds (null: ignored)
 * @param settings the VAT convention and the period, when known
 * @param grouping how a 1C report grouped by rows nests its lines (null: a flat table)
 */
public record Layout(List<Integer> headerRows, Integer firstDataRow, List<MappedColumn> columns, Settings settings,
		Grouping grouping) {

	public Layout(List<Integer> headerRows, Integer firstDataRow, List<MappedColumn> columns, Settings settings) {
		this(headerRows, firstDataRow, columns, settings, null);
	}

	/**
	 * One column: its position from 0, its header as written, its field (or null) and how
	 * sure the match is (0–1). The field is written in JSON by its key ("sale_date"), as
	 * layouts have always been stored.
	 */
	public record MappedColumn(int index, String header, CanonicalField field, Double confidence) {
	}

	/**
	 * @param amountsIncludeVat whether prices and amounts include VAT (read from the
	 * headers, or confirmed)
	 * @param vatRate the VAT rate in percent when lines do not say (default 22)
	 * @param period the report's period "YYYY-MM", when set by a person
	 * @param kind what the table's lines are, {@link TableKind} by name ("STOCK"); null:
	 * sales, as every layout was before stock reports
	 */
	public record Settings(Boolean amountsIncludeVat, BigDecimal vatRate, String period, String kind) {

		public Settings(Boolean amountsIncludeVat, BigDecimal vatRate, String period) {
			this(amountsIncludeVat, vatRate, period, null);
		}

		/** What the layout's lines are. */
		public TableKind tableKind() {
			return TableKind.STOCK.name().equals(kind) ? TableKind.STOCK : TableKind.SELLOUT;
		}

	}

	/** What the layout's lines are: sales, unless its settings say stock. */
	public TableKind tableKind() {
		return settings == null ? TableKind.SELLOUT : settings.tableKind();
	}

	/**
	 * A 1C report grouped by rows («Контрагент / Номенклатура»): one column names, row by
	 * row, a group of the outer levels or a line of the innermost; the lines inherit what
	 * their groups say.
	 *
	 * @param column the column holding the groups' and lines' names
	 * @param levels the field each level names, outermost first: {@code client_name},
	 * {@code document_no}, {@code product_name}
	 */
	public record Grouping(int column, List<String> levels) {

		public boolean names(CanonicalField field) {
			return levels.contains(field.key());
		}

	}

}
