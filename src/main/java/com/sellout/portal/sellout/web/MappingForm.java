package com.sellout.portal.sellout.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;

/**
 * The mapping page's form: each column's field, where the header is, the VAT convention
 * and the period (of a stock report: the date its stock stands on).
 */
public class MappingForm {

	private List<Integer> index = new ArrayList<>();

	private List<String> header = new ArrayList<>();

	private List<String> field = new ArrayList<>();

	private List<Double> confidence = new ArrayList<>();

	private String headerRows;

	private Integer firstDataRow;

	private Boolean amountsIncludeVat;

	private BigDecimal vatRate;

	private String period;

	/** A stock report's as-of date, "YYYY-MM-DD", when a person gives it. */
	private String asOf;

	/**
	 * A grouped 1C report's grouping column and its levels ("client_name,product_name"),
	 * kept as they were found.
	 */
	private Integer groupingColumn;

	private String groupingLevels;

	static MappingForm of(Layout layout) {
		MappingForm form = new MappingForm();
		for (Layout.MappedColumn column : layout.columns()) {
			form.index.add(column.index());
			form.header.add(column.header());
			form.field.add(column.field() == null ? "" : column.field().key());
			form.confidence.add(column.confidence() == null ? 0 : column.confidence());
		}
		form.headerRows = String.join(",", layout.headerRows().stream().map(String::valueOf).toList());
		form.firstDataRow = layout.firstDataRow();
		if (layout.grouping() != null) {
			form.groupingColumn = layout.grouping().column();
			form.groupingLevels = String.join(",", layout.grouping().levels());
		}
		if (layout.settings() != null) {
			form.amountsIncludeVat = layout.settings().amountsIncludeVat();
			form.vatRate = layout.settings().vatRate();
			form.period = layout.settings().period();
		}
		return form;
	}

	Layout layout() {
		List<Layout.MappedColumn> columns = new ArrayList<>();
		for (int i = 0; i < index.size(); i++) {
			CanonicalField chosen = i < field.size() ? CanonicalField.byKey(field.get(i)).orElse(null) : null;
			columns.add(new Layout.MappedColumn(index.get(i), i < header.size() ? header.get(i) : "", chosen,
					chosen == null ? 0.0 : 1.0));
		}
		List<Integer> rows = headerRows == null ? List.of()
				: Arrays.stream(headerRows.split("[,; ]+"))
					.filter(s -> s.matches("\\d{1,6}"))
					.map(Integer::valueOf)
					.toList();
		return new Layout(rows, firstDataRow, columns,
				new Layout.Settings(amountsIncludeVat, vatRate, period == null || period.isBlank() ? null : period),
				grouping());
	}

	private Layout.Grouping grouping() {
		if (groupingColumn == null || groupingLevels == null || groupingLevels.isBlank()) {
			return null;
		}
		List<String> levels = Arrays.stream(groupingLevels.split(",")).map(String::strip).toList();
		boolean known = levels.size() >= 2
				&& levels.stream().allMatch(level -> CanonicalField.byKey(level).isPresent());
		return known ? new Layout.Grouping(groupingColumn, levels) : null;
	}

	/**
	 * Whether this column is the grouping column (it names the groups, no field of its
	 * own).
	 */
	public boolean groups(int column) {
		return groupingColumn != null && groupingColumn == column;
	}

	public Integer getGroupingColumn() {
		return groupingColumn;
	}

	public void setGroupingColumn(Integer groupingColumn) {
		this.groupingColumn = groupingColumn;
	}

	public String getGroupingLevels() {
		return groupingLevels;
	}

	public void setGroupingLevels(String groupingLevels) {
		this.groupingLevels = groupingLevels;
	}

	public List<Integer> getIndex() {
		return index;
	}

	public void setIndex(List<Integer> index) {
		this.index = index;
	}

	public List<String> getHeader() {
		return header;
	}

	public void setHeader(List<String> header) {
		this.header = header;
	}

	public List<String> getField() {
		return field;
	}

	public void setField(List<String> field) {
		this.field = field;
	}

	public List<Double> getConfidence() {
		return confidence;
	}

	public void setConfidence(List<Double> confidence) {
		this.confidence = confidence;
	}

	public String getHeaderRows() {
		return headerRows;
	}

	public void setHeaderRows(String headerRows) {
		this.headerRows = headerRows;
	}

	public Integer getFirstDataRow() {
		return firstDataRow;
	}

	public void setFirstDataRow(Integer firstDataRow) {
		this.firstDataRow = firstDataRow;
	}

	public Boolean getAmountsIncludeVat() {
		return amountsIncludeVat;
	}

	public void setAmountsIncludeVat(Boolean amountsIncludeVat) {
		this.amountsIncludeVat = amountsIncludeVat;
	}

	public BigDecimal getVatRate() {
		return vatRate;
	}

	public void setVatRate(BigDecimal vatRate) {
		this.vatRate = vatRate;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getAsOf() {
		return asOf;
	}

	public void setAsOf(String asOf) {
		this.asOf = asOf;
	}

}
