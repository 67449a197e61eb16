package com.sellout.portal.forecasting.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.forecasting.NamedOrderForm;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.imports.RowOutcome.Outcome;
import com.sellout.portal.reading.HeaderRow;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.reading.Table;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * Reads named orders from a file (xlsx; columns distributor, ИНН, SKU, quantity, month,
 * project, by their usual Russian or English headers, below any title lines): each row
 * checked as the form is; a row with a problem is kept out and reported with its row, its
 * column (the letter) and the reason, the others stored. The result is kept as an
 * import's (download, page).
 */
@Component
class NamedOrderImport {

	static final String KIND = "NAMED_ORDERS";

	private final ImportLog log;

	NamedOrderImport(ImportLog log) {
		this.log = log;
	}

	ImportSummary importFile(String fileName, byte[] content, NamedOrderBook book) {
		EnumSet<NamedOrderColumn> required = EnumSet.of(NamedOrderColumn.CLIENT_INN, NamedOrderColumn.SKU,
				NamedOrderColumn.QUANTITY, NamedOrderColumn.MONTH, NamedOrderColumn.PROJECT);
		Table table = Table.read(content, EnumSet.allOf(NamedOrderColumn.class), required,
				"forecast.namedOrder.import.noHeader");
		HeaderRow header = table.header();
		List<RowOutcome> outcomes = new ArrayList<>();
		for (RawRow raw : table.rows()) {
			NamedOrderForm form = new NamedOrderForm(cell(header, raw, NamedOrderColumn.DISTRIBUTOR),
					cell(header, raw, NamedOrderColumn.CLIENT_INN), cell(header, raw, NamedOrderColumn.SKU),
					cell(header, raw, NamedOrderColumn.QUANTITY), cell(header, raw, NamedOrderColumn.MONTH),
					cell(header, raw, NamedOrderColumn.PROJECT));
			String key = form.sku() == null ? "" : form.sku();
			try {
				long id = book.store(book.check(form));
				outcomes.add(new RowOutcome(raw.number(), key + " #" + id, Outcome.ADDED, null, null));
			}
			catch (InvalidFieldsException ex) {
				FieldProblem problem = ex.problems().get(0);
				NamedOrderColumn column = column(problem.field());
				String value = column == null ? null : cell(header, raw, column);
				outcomes.add(new RowOutcome(raw.number(), key, Outcome.SKIPPED, problem.message(),
						letter(header, column) + ": " + (value == null ? "" : value)));
			}
		}
		return log.save(KIND, fileName, DataScopes.current().distributorId(), outcomes);
	}

	private static String cell(HeaderRow header, RawRow raw, NamedOrderColumn column) {
		return header.has(column) ? header.cell(raw, column) : null;
	}

	private static NamedOrderColumn column(String field) {
		for (NamedOrderColumn column : NamedOrderColumn.values()) {
			if (column.field().equals(field)) {
				return column;
			}
		}
		return null;
	}

	/** The column's letter in the sheet (A, B, …, AA): what a person looks for. */
	static String letter(HeaderRow header, NamedOrderColumn column) {
		Integer index = column == null ? null : header.columns().get(column);
		if (index == null) {
			return column == null ? "?" : column.field();
		}
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}

}
