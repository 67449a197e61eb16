package com.sellout.portal.sellout;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.sellout.internal.ReportIntake;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;

import org.springframework.stereotype.Service;

/**
 * A person's layout for a table report (from the mapping page or the API): checked field
 * by field, kept as the distributor's template for its header, and the report processed
 * again with it.
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
		SellOutReport report = read(reportId);
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
			if (choosesMonth && period == null) {
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
				layout.settings(), grouping);
		ProcessingWait.await(intake.reprocess(reportId, report.distributorId(), confirmed, period), wait);
		return read(reportId);
	}

	/** A read in its own transaction, for the steps between which it waits. */
	private SellOutReport read(long reportId) {
		return transactions.callAs(DataScopes.current(), () -> reports.get(reportId));
	}

	private static boolean isTable(String format) {
		return format.equals("XLSX") || format.equals("XLS") || format.equals("HTML") || format.equals("CSV");
	}

}
