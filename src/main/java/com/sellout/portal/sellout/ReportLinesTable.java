package com.sellout.portal.sellout;

import java.util.ArrayList;
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
 * language. The portal's download and the FTP result file are this same table.
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

	/**
	 * The header row and then one row per line — its number, every value of the
	 * {@link LineColumn catalogue}, the reasons of its problems — in the caller's data
	 * scope. Values keep their kind (numbers, dates, text) for a table that writes
	 * numbers as numbers.
	 */
	public List<List<Object>> rows(long reportId, LineFilter filter, Locale locale) {
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
