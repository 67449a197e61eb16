package com.sellout.portal.sellout.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.reading.RawRow;

/**
 * The first lines of a table as a layout will read them — the same grouping and the same
 * passing over of totals as the pipeline — for a person checking the layout before
 * confirming it.
 */
public final class LayoutPreview {

	/** A line of the preview: its row in the file and the value of each field shown. */
	public record Line(int number, List<String> values) {
	}

	/**
	 * @param fields the fields shown, in order; {@code lines} follow them
	 * @param datedByPeriod whether lines without a date take one from the report's period
	 * (the title names one)
	 */
	public record Preview(List<String> fields, List<Line> lines, boolean datedByPeriod) {
	}

	private LayoutPreview() {
	}

	/**
	 * Up to {@code count} different values of each column from the first data rows (by
	 * the column's index): what a person recognises a column by when its header says
	 * little.
	 */
	public static Map<Integer, List<String>> samples(List<RawRow> rows, Layout layout, int count) {
		int first = layout.firstDataRow() == null ? Integer.MAX_VALUE : layout.firstDataRow();
		Map<Integer, List<String>> samples = new HashMap<>();
		for (Layout.MappedColumn column : layout.columns()) {
			Set<String> values = new LinkedHashSet<>();
			for (RawRow row : rows) {
				if (values.size() >= count) {
					break;
				}
				if (row.number() < first || row.isBlank() || TabularSource.isTotal(row)) {
					continue;
				}
				String cell = row.cell(column.index());
				if (cell != null && !cell.isBlank()) {
					values.add(cell.strip());
				}
			}
			samples.put(column.index(), List.copyOf(values));
		}
		return samples;
	}

	public static Preview of(List<RawRow> rows, Layout layout, int max) {
		Set<CanonicalField> shown = new LinkedHashSet<>();
		if (layout.grouping() != null) {
			layout.grouping().levels().forEach(level -> CanonicalField.byKey(level).ifPresent(shown::add));
			if (layout.grouping().names(CanonicalField.DOCUMENT_NO)) {
				shown.add(CanonicalField.SALE_DATE);
			}
		}
		int width = 0;
		for (Layout.MappedColumn column : layout.columns()) {
			width = Math.max(width, column.index() + 1);
		}
		CanonicalField[] fieldOf = new CanonicalField[width];
		for (Layout.MappedColumn column : layout.columns()) {
			if (column.field() != null) {
				fieldOf[column.index()] = column.field();
				shown.add(column.field());
			}
		}
		int first = layout.firstDataRow() == null ? Integer.MAX_VALUE : layout.firstDataRow();
		TitlePeriod title = TitlePeriod.find(rows.stream().filter(row -> row.number() < first).toList()).orElse(null);
		String periodEnd = periodEnd(title, layout);
		if (title != null) {
			shown.add(CanonicalField.SALE_DATE);
		}
		List<RawRow> data = rows.stream()
			.filter(row -> row.number() >= first && !row.isBlank() && !TabularSource.isTotal(row))
			.toList();
		GroupedRows grouped = layout.grouping() == null ? null : new GroupedRows(layout.grouping(), fieldOf, data);
		List<Line> lines = new ArrayList<>();
		for (RawRow row : data) {
			if (lines.size() >= max) {
				break;
			}
			SourceLine line = grouped != null ? grouped.line(row) : TabularSource.flat(row, fieldOf);
			if (line != null && !line.isEmpty()) {
				if (line.get(CanonicalField.SALE_DATE) == null && periodEnd != null) {
					line.datedByPeriod(periodEnd);
				}
				lines.add(new Line(row.number(),
						shown.stream().map(field -> line.get(field) == null ? "" : line.get(field)).toList()));
			}
		}
		return new Preview(shown.stream().map(CanonicalField::key).toList(), lines, title != null);
	}

	/**
	 * The date a dateless line takes: the chosen period's last day, else the title's when
	 * within a month.
	 */
	private static String periodEnd(TitlePeriod title, Layout layout) {
		if (title == null) {
			return null;
		}
		if (layout.settings() != null && layout.settings().period() != null) {
			try {
				return YearMonth.parse(layout.settings().period().strip()).atEndOfMonth().toString();
			}
			catch (DateTimeParseException ex) {
				return null; // the page says the period is not a month when it is
								// confirmed
			}
		}
		return title.withinOneMonth() ? title.to().toString() : null;
	}

}
