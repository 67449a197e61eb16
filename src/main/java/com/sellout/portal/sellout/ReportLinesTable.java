package com.sellout.portal.sellout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.sellout.SellOutReports.LineFilter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's lines as a table to download — the accepted ones, or the exceptions with the reason
 * of each problem beside the row — with the headers and reasons in the reader's language. The
 * portal's download and the FTP result file are this same table.
 */
@Component
public class ReportLinesTable {

	/** At most this many lines go into one table. */
	public static final int LIMIT = 1_000_000;

	private final SellOutReports reports;

	private final MessageSource messages;

	ReportLinesTable(SellOutReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	/** The header row and then one row per line, in the caller's data scope. */
	public List<List<String>> rows(long reportId, LineFilter filter, Locale locale) {
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(text("sellout.line.no", locale), text("sellout.line.date", locale),
				text("sellout.line.document", locale), text("sellout.line.inn", locale), text("sellout.line.client", locale),
				text("sellout.line.region", locale), text("sellout.line.sku", locale), text("sellout.line.distributorSku", locale),
				text("sellout.line.product", locale), text("sellout.line.quantity", locale), text("sellout.line.priceNet", locale),
				text("sellout.line.amountNet", locale), text("sellout.line.floor", locale), text("sellout.line.below", locale),
				text("sellout.line.problems", locale)));
		for (ReportLine line : reports.allLines(reportId, filter, LIMIT)) {
			table.add(List.of(String.valueOf(line.lineNo()), cell(line.saleDate()), nz(line.documentNo()),
					nz(line.clientInn()), nz(line.clientName()), nz(line.regionCode()), nz(line.sku()),
					nz(line.distributorSku()), nz(line.productName()), cell(line.quantity()), cell(line.priceNet()),
					cell(line.amountNet()), cell(line.floorPrice()), cell(line.belowFloorPct()),
					line.problems().stream().map(p -> reason(p, locale)).collect(Collectors.joining("; "))));
		}
		return table;
	}

	/** Why a line has this problem, in the reader's language. */
	public String reason(LineProblem problem, Locale locale) {
		return messages.getMessage("sellout.problem." + problem.code(),
				new Object[] { problem.value() == null ? "" : problem.value(), problem.field() }, problem.code(), locale);
	}

	/** Why a report was rejected or waits for a person, in the reader's language; null when neither. */
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

	private static String cell(Object value) {
		return value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value.toString();
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
