package com.sellout.portal.sellout.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.Layout.MappedColumn;
import com.sellout.portal.mapping.LayoutDetection;
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.reading.FileType;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.TableFile;
import com.sellout.portal.reading.TableReader;

/**
 * A distributor's own table (xlsx, xls, HTML saved as xls, CSV): the first rows are held
 * until the layout is known — a person's, the distributor's template, or one detected
 * from the headers — then every row below the header streams through as a line (or, in a
 * 1C report grouped by rows, as a group or a line: {@link GroupedRows}). Total and
 * subtotal rows («Итого») and blank rows are passed over. A layout not known well enough
 * stops the reading. A period named in the title block (or on a parameters sheet) dates
 * the lines that have no date of their own. A stock report's table is read the same way
 * with a stock report's layout (its closing balance the quantity, no date nor client
 * required), and its title tells the date its stock stands on.
 */
final class TabularSource implements LineSource {

	private static final Pattern TOTAL = Pattern
		.compile("^(итого|итог|всего|total|grand total|subtotal|sum total)( .*)?$");

	private final Map<String, Layout> templates;

	private final Layout confirmed;

	private final YearMonth requested;

	private final boolean stock;

	/**
	 * @param templates the distributor's templates by header signature
	 * @param confirmed a layout a person confirmed for this very file, or null
	 * @param requested the period given with the upload, or null
	 */
	TabularSource(Map<String, Layout> templates, Layout confirmed, YearMonth requested) {
		this(templates, confirmed, requested, TableKind.SELLOUT);
	}

	/** The same for a table of this kind. */
	TabularSource(Map<String, Layout> templates, Layout confirmed, YearMonth requested, TableKind kind) {
		this.templates = templates;
		this.confirmed = confirmed;
		this.requested = requested;
		this.stock = kind == TableKind.STOCK;
	}

	@Override
	public SourceInfo read(byte[] content, Consumer<SourceLine> lines) {
		return read(FileType.detect(content), lines, (rows, parameters) -> TableReader.read(content, rows, parameters));
	}

	/**
	 * Reads a stored original: delimited text as a stream, other tables as their reader
	 * needs.
	 */
	SourceInfo read(TableFile file, Consumer<SourceLine> lines) {
		return read(file.type(), lines, (rows, parameters) -> TableReader.read(file, rows, parameters));
	}

	private SourceInfo read(FileType type, Consumer<SourceLine> lines,
			BiConsumer<Consumer<RawRow>, Consumer<RawRow>> table) {
		String format = type == FileType.TEXT ? "CSV" : type.name();
		Reading reading = new Reading(lines, format);
		table.accept(reading::accept, reading.parameters::add);
		if (reading.detection == null) {
			reading.decide();
		}
		LayoutDetection.Detection detection = reading.detection;
		if (stock) {
			return new SourceInfo(format, null, detection.layout(), detection.signature(), detection.fromTemplate())
				.withAsOf(reading.asOf);
		}
		String period = reading.title != null && reading.title.withinOneMonth() ? reading.title.month().toString()
				: null;
		return new SourceInfo(format, period, detection.layout(), detection.signature(), detection.fromTemplate());
	}

	/** A flat table's row: each mapped column's text in its field. */
	static SourceLine flat(RawRow row, CanonicalField[] fieldOf) {
		SourceLine line = new SourceLine(row.number());
		for (int i = 0; i < fieldOf.length; i++) {
			if (fieldOf[i] != null) {
				line.set(fieldOf[i], row.cell(i));
			}
		}
		return line;
	}

	/** A total or subtotal row («Итого», «Всего», "Total"): never a line. */
	static boolean isTotal(RawRow row) {
		for (String cell : row.cells()) {
			if (cell.length() >= 4 && cell.length() < 40 && mayBeTotal(cell)
					&& TOTAL.matcher(LayoutDetection.wordsOf(cell)).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean mayBeTotal(String cell) {
		if ("ИиВвTtSsGg".indexOf(cell.charAt(0)) < 0) {
			return false;
		}
		String start = cell.substring(0, 4).toLowerCase(Locale.ROOT);
		return start.equals("итог") || start.equals("всег") || start.equals("tota") || start.equals("subt")
				|| start.equals("gran") || start.equals("sum ");
	}

	private final class Reading {

		private final Consumer<SourceLine> lines;

		private final List<RawRow> top = new ArrayList<>();

		/** The rows of sheets holding only the report's parameters. */
		private final List<RawRow> parameters = new ArrayList<>();

		/** The period the title block names, if it names one. */
		private TitlePeriod title;

		/** The date a stock report's title says its stock stands on, if it says. */
		private LocalDate asOf;

		/**
		 * The date of a line that has none of its own: the last day of the report's
		 * period (ISO), or null.
		 */
		private String periodEnd;

		private GroupedRows grouped;

		private LayoutDetection.Detection detection;

		private CanonicalField[] fieldOf;

		private int firstDataRow;

		/**
		 * The layout's VAT convention, given to every line that does not state its own.
		 */
		private String vatIncluded;

		private String vatRate;

		private final String format;

		Reading(Consumer<SourceLine> lines, String format) {
			this.lines = lines;
			this.format = format;
		}

		void accept(RawRow row) {
			if (detection != null) {
				emit(row);
				return;
			}
			top.add(row);
			if (top.size() > LayoutDetection.SEARCHED_ROWS) {
				decide();
			}
		}

		void decide() {
			List<RawRow> titleRows = new ArrayList<>(parameters);
			titleRows.addAll(top);
			if (stock) {
				decideStock(titleRows);
				return;
			}
			title = TitlePeriod.find(titleRows).orElse(null);
			periodEnd = periodEnd();
			if (confirmed != null) {
				detection = LayoutDetection.confirmed(confirmed, top);
			}
			else {
				detection = LayoutDetection.detect(top, templates, title != null);
				if (!detection.confident()) {
					throw new NeedsMappingException(detection.layout(), format);
				}
			}
			if (title != null && periodEnd == null) {
				throw new NeedsMappingException(detection.layout(), format, NeedsMappingException.Why.TITLE_PERIOD);
			}
			apply(detection.layout());
		}

		/**
		 * A stock report's table: its title's as-of date, and a stock report's layout (a
		 * person's, a stock template, or detected); no line takes a date.
		 */
		private void decideStock(List<RawRow> titleRows) {
			asOf = TitlePeriod.asOf(titleRows).orElse(null);
			if (confirmed != null) {
				detection = LayoutDetection.confirmed(confirmed, top);
			}
			else {
				detection = LayoutDetection.detect(top, templates, false, TableKind.STOCK);
				if (!detection.confident()) {
					throw new NeedsMappingException(detection.layout(), format);
				}
			}
			apply(detection.layout());
		}

		private void apply(Layout layout) {
			int width = layout.columns().stream().mapToInt(MappedColumn::index).max().orElse(-1) + 1;
			fieldOf = new CanonicalField[width];
			for (MappedColumn column : layout.columns()) {
				fieldOf[column.index()] = column.field();
			}
			firstDataRow = layout.firstDataRow() == null ? Integer.MAX_VALUE : layout.firstDataRow();
			Layout.Settings settings = layout.settings();
			vatIncluded = settings == null || settings.amountsIncludeVat() == null ? null
					: settings.amountsIncludeVat().toString();
			vatRate = settings == null || settings.vatRate() == null ? null : settings.vatRate().toPlainString();
			List<RawRow> held = List.copyOf(top);
			top.clear();
			if (layout.grouping() != null) {
				grouped = new GroupedRows(layout.grouping(), fieldOf,
						held.stream()
							.filter(row -> row.number() >= firstDataRow && !row.isBlank() && !isTotal(row))
							.toList());
			}
			held.forEach(this::emit);
		}

		/**
		 * With a title period: the period given with the upload or by a person, else the
		 * title's when it lies within one month; null when the title's is longer (a
		 * person must choose).
		 */
		private String periodEnd() {
			if (title == null) {
				return null;
			}
			YearMonth chosen = requested;
			if (chosen == null && confirmed != null && confirmed.settings() != null
					&& confirmed.settings().period() != null) {
				chosen = YearMonth.parse(confirmed.settings().period());
			}
			if (chosen != null) {
				return chosen.atEndOfMonth().toString();
			}
			return title.withinOneMonth() ? title.to().toString() : null;
		}

		private void emit(RawRow row) {
			if (row.number() < firstDataRow || row.isBlank() || isTotal(row)) {
				return;
			}
			SourceLine line = grouped != null ? grouped.line(row) : flat(row, fieldOf);
			if (line != null && !line.isEmpty() && stock) {
				lines.accept(line);
			}
			else if (line != null && !line.isEmpty()) {
				if (line.get(CanonicalField.SALE_DATE) == null && periodEnd != null) {
					line.datedByPeriod(periodEnd);
				}
				if (line.get(CanonicalField.VAT_INCLUDED) == null) {
					line.set(CanonicalField.VAT_INCLUDED, vatIncluded);
				}
				if (line.get(CanonicalField.VAT_RATE) == null) {
					line.set(CanonicalField.VAT_RATE, vatRate);
				}
				lines.accept(line);
			}
		}

	}

}
