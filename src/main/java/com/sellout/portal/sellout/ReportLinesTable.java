package com.sellout.portal.sellout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.sellout.SellOutReports.LineFilter;
import com.sellout.portal.sellout.internal.LineColumn;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's lines as a table to download — the accepted ones, or the exceptions with the
 * reason of each problem beside the row — with the headers and reasons in the reader's
 * language. The portal's download and the FTP result file are this same table. A stock
 * report's table has a stock line's columns ({@link StockLine}).
 */
@Component
public class ReportLinesTable {

	/** At most this many lines go into one table. */
	public static final int LIMIT = 1_000_000;

	private final SellOutReports reports;

	private final MessageSource messages;

	private final StockReportLines stock;

	ReportLinesTable(SellOutReports reports, MessageSource messages, StockReportLines stock) {
		this.reports = reports;
		this.messages = messages;
		this.stock = stock;
	}

	/** A stock line's columns, by the message keys of their headers. */
	private static final List<String> STOCK_HEADERS = List.of("sellout.field.sku", "sellout.field.distributor_sku",
			"sellout.field.ean", "sellout.field.product_name", "sellout.field.warehouse", "sellout.line.quantity",
			"sellout.field.unit", "sellout.field.cost");

	/**
	 * The header row and then one row per line — its number, every value of the
	 * {@link LineColumn catalogue}, the reasons of its problems — in the caller's data
	 * scope. Values keep their kind (numbers, dates, text) for a table that writes
	 * numbers as numbers.
	 */
	public List<List<Object>> rows(long reportId, LineFilter filter, Locale locale) {
		if (reports.get(reportId).kind() == ReportKind.STOCK) {
			return stockRows(reportId, filter, locale);
		}
		List<List<Object>> table = new ArrayList<>();
		List<Object> header = new ArrayList<>();
		header.add(text("sellout.line.no", locale));
		for (LineColumn column : LineColumn.values()) {
			header.add(text(column.header(), locale));
		}
		header.add(text("sellout.line.problems", locale));
		table.add(header);
		for (ReportLine line : reports.allLines(reportId, filter, LIMIT)) {
			List<Object> row = new ArrayList<>(header.size());
			row.add(line.lineNo());
			for (LineColumn column : LineColumn.values()) {
				row.add(line.values().get(column));
			}
			row.add(line.problems().stream().map(p -> reason(p, locale)).collect(Collectors.joining("; ")));
			table.add(row);
		}
		return table;
	}

	/**
	 * A stock report's lines: the number, the product as received and resolved, the
	 * warehouse, the quantity, unit and cost, the reasons of its problems. It has no
	 * deviations nor lines outside its period.
	 */
	private List<List<Object>> stockRows(long reportId, LineFilter filter, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		List<Object> header = new ArrayList<>();
		header.add(text("sellout.line.no", locale));
		STOCK_HEADERS.forEach(key -> header.add(text(key, locale)));
		header.add(text("sellout.line.problems", locale));
		table.add(header);
		StockReportLines.Filter lines = switch (filter) {
			case ALL -> StockReportLines.Filter.ALL;
			case ACCEPTED -> StockReportLines.Filter.ACCEPTED;
			case EXCEPTIONS -> StockReportLines.Filter.EXCEPTIONS;
			case DEVIATIONS, OUT_OF_PERIOD -> null;
		};
		if (lines == null) {
			return table;
		}
		for (StockLine line : stock.allLines(reportId, lines, LIMIT)) {
			List<Object> row = new ArrayList<>(header.size());
			row.add(line.lineNo());
			row.addAll(Arrays.asList(line.sku(), line.distributorSku(), line.ean(), line.productName(),
					line.warehouse(), line.quantity(), line.unit(), line.cost()));
			row.add(line.problems().stream().map(p -> reason(p, locale)).collect(Collectors.joining("; ")));
			table.add(row);
		}
		return table;
	}

	/** Why a line has this problem, in the reader's language. */
	public String reason(LineProblem problem, Locale locale) {
		Object[] arguments = problem.arguments();
		// the field as the reader knows it («Покупатель»), not its column's name
		arguments[1] = messages.getMessage("sellout.field." + problem.field(), null, problem.field(), locale);
		return messages.getMessage("sellout.problem." + problem.code(), arguments, problem.code(), locale);
	}

	/**
	 * Why a report was rejected or waits for a person, in the reader's language; null
	 * when neither.
	 */
	public String rejectionReason(SellOutReport report, Locale locale) {
		if (report.rejectionKey() == null
				|| (report.status() != ReportStatus.REJECTED && report.status() != ReportStatus.NEEDS_MAPPING)) {
			return null;
		}
		return messages.getMessage(report.rejectionKey(), report.rejectionArgs(), report.rejectionKey(), locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
