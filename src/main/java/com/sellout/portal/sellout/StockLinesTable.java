package com.sellout.portal.sellout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A stock report's lines as a table to download — the accepted ones, or the exceptions
 * with the reason of each problem beside the row — with the headers and reasons in the
 * reader's language. The portal's download and the FTP result file of a stock report are
 * this same table, as {@link ReportLinesTable} is for sell-out.
 */
@Component
public class StockLinesTable {

	private static final List<String> HEADERS = List.of("sellout.line.no", "sellout.field.sku",
			"sellout.field.distributor_sku", "sellout.field.ean", "sellout.field.product_name",
			"sellout.field.warehouse", "sellout.field.quantity", "sellout.field.unit", "sellout.field.cost",
			"sellout.line.problems");

	private final StockReportLines lines;

	private final ReportLinesTable reasons;

	private final MessageSource messages;

	StockLinesTable(StockReportLines lines, ReportLinesTable reasons, MessageSource messages) {
		this.lines = lines;
		this.reasons = reasons;
		this.messages = messages;
	}

	/**
	 * The header row and then one row per line, in the caller's data scope; numbers stay
	 * numbers for a table that writes them as such.
	 * @throws com.sellout.portal.shared.NotFoundException no stock report of that id in
	 * the caller's scope
	 */
	public List<List<Object>> rows(long reportId, StockReportLines.Filter filter, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(HEADERS.stream().map(key -> (Object) messages.getMessage(key, null, key, locale)).toList());
		for (StockLine line : lines.allLines(reportId, filter, ReportLinesTable.LIMIT)) {
			List<Object> row = new ArrayList<>(HEADERS.size());
			row.add(line.lineNo());
			row.add(line.sku());
			row.add(line.distributorSku());
			row.add(line.ean());
			row.add(line.productName());
			row.add(line.warehouse());
			row.add(line.quantity());
			row.add(line.unit());
			row.add(line.cost());
			row.add(line.problems().stream().map(p -> reasons.reason(p, locale)).collect(Collectors.joining("; ")));
			table.add(row);
		}
		return table;
	}

}
