package com.sellout.portal.sellout;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.mapping.TableKind;
import com.sellout.portal.sellout.internal.ReportIntake;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;

import org.springframework.stereotype.Service;

/**
 * A person's layout for a table report (from the mapping page or the API): checked field
 * by field, kept as the distributor's template for its header, and the report processed
 * again with it. With it, or alone, what the report is ({@link ReportKind}: a report
 * whose kind its content leaves open waits for it) and, for a stock report, the date its
 * stock stands on.
 */
@Service
public class LayoutCorrection {

	private final SellOutReports reports;

	private final ReportIntake intake;

	private final ScopedTransactions transactions;

	LayoutCorrection(SellOutReports reports, ReportIntake intake, ScopedTransactions transactions) {
		this.reports = reports;
		this.intake = intake;
		this.transactions = transactions;
	}

	/**
	 * Checks and applies the layout, and waits up to {@code wait} for the report
	 * processed with it.
	 */
	public SellOutReport correctMapping(long reportId, Layout layout, Duration wait) {
		return correctMapping(reportId, layout, null, null, wait);
	}

	/**
	 * The same with the kind a person chose and a stock report's as-of date (each
	 * optional); with neither columns nor header rows, only these are kept and the report
	 * is read again as detection reads it.
	 */
	public SellOutReport correctMapping(long reportId, Layout layout, ReportKind kind, LocalDate asOf, Duration wait) {
		SellOutReport report = read(reportId);
		ReportKind chosen = kind != null ? kind : report.kind();
		if (asOf != null && chosen != ReportKind.STOCK) {
			throw new InvalidFieldsException(List.of(new FieldProblem("asOf", "sellout.mapping.asOfOfStock")));
		}
		boolean columns = layout != null && ((layout.headerRows() != null && !layout.headerRows().isEmpty())
				|| (layout.columns() != null && !layout.columns().isEmpty()));
		if (!columns && (kind != null || asOf != null)) {
			ProcessingWait.await(intake.reprocess(reportId, report.distributorId(), null, null, kind, asOf), wait);
			return read(reportId);
		}
		boolean stock = chosen == ReportKind.STOCK;
		if (report.format() == null || !isTable(report.format())) {
			throw new InvalidFieldsException(List.of(new FieldProblem("columns", "sellout.mapping.notATable")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (layout.headerRows() == null || layout.headerRows().isEmpty()) {
			problems.add(new FieldProblem("headerRows", "sellout.mapping.headerRowsRequired"));
		}
		// an unknown field was refused when the layout was read (LayoutJson, the mapping
		// form's binding)
		List<CanonicalField> seen = new ArrayList<>();
		for (Layout.MappedColumn column : layout.columns() == null ? List.<Layout.MappedColumn>of()
				: layout.columns()) {
			if (column.field() != null && seen.contains(column.field())) {
				problems.add(new FieldProblem("columns[" + column.index() + "].field", "sellout.mapping.fieldTwice"));
			}
			seen.add(column.field());
		}
		YearMonth period = null;
		if (layout.settings() != null && layout.settings().period() != null && !layout.settings().period().isBlank()) {
			try {
				period = YearMonth.parse(layout.settings().period().strip());
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("settings.period", "sellout.mapping.badPeriod"));
			}
		}
		// a grouped 1C report keeps its grouping when the person's form does not send it
		// back
		Layout.Grouping grouping = layout.grouping() != null ? layout.grouping()
				: transactions.callAs(DataScopes.current(), () -> reports.mapping(reportId))
					.filter(suggested -> suggested.headerRows().equals(layout.headerRows()))
					.map(Layout::grouping)
					.orElse(null);
		if (problems.isEmpty()) {
			boolean choosesMonth = "sellout.needsMapping.titlePeriod".equals(report.rejectionKey());
			if (stock) {
				RequiredFields.missingForStock(layout.columns(), grouping)
					.forEach(field -> problems.add(new FieldProblem(field, "sellout.mapping.missingField")));
			}
			else if (choosesMonth && period == null) {
				problems.add(new FieldProblem("settings.period", "sellout.mapping.choosePeriod"));
			}
			else {
				RequiredFields.missing(layout.columns(), grouping, period != null)
					.forEach(field -> problems.add(new FieldProblem(field, "sellout.mapping.missingField")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		Integer firstDataRow = layout.firstDataRow() != null ? layout.firstDataRow()
				: layout.headerRows().get(layout.headerRows().size() - 1) + 1;
		Layout confirmed = new Layout(layout.headerRows(), firstDataRow,
				layout.columns()
					.stream()
					.map(c -> new Layout.MappedColumn(c.index(), c.header(), c.field(), c.field() == null ? 0 : 1.0))
					.toList(),
				settings(layout.settings(), chosen), grouping);
		ProcessingWait.await(intake.reprocess(reportId, report.distributorId(), confirmed, period, kind, asOf), wait);
		return read(reportId);
	}

	/** A read in its own transaction, for the steps between which it waits. */
	private SellOutReport read(long reportId) {
		return transactions.callAs(DataScopes.current(), () -> reports.get(reportId));
	}

	/**
	 * The person's settings, saying what the table's lines are (kept with its template).
	 */
	private static Layout.Settings settings(Layout.Settings given, ReportKind kind) {
		String tableKind = kind == ReportKind.STOCK ? TableKind.STOCK.name() : null;
		return given == null ? new Layout.Settings(null, null, null, tableKind)
				: new Layout.Settings(given.amountsIncludeVat(), given.vatRate(), given.period(), tableKind);
	}

	private static boolean isTable(String format) {
		return format.equals("XLSX") || format.equals("XLS") || format.equals("HTML") || format.equals("CSV");
	}

}
