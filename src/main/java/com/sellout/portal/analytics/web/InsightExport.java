package com.sellout.portal.analytics.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.SalesFilter;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A table an insight page shows, as the file it downloads: the headers in the reader's
 * language, numbers as numbers (so that a spreadsheet sums them), named after the page
 * and the range.
 */
@Component
class InsightExport {

	private final MessageSource messages;

	private final Download download;

	InsightExport(MessageSource messages, Download download) {
		this.messages = messages;
		this.download = download;
	}

	/** A table: its header keys (or texts, when no message has the key) and rows. */
	ResponseEntity<byte[]> file(String format, String name, SalesFilter filter, List<String> headers,
			List<List<Object>> rows, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(headers.stream().map(key -> (Object) text(key, locale)).toList());
		table.addAll(rows);
		return download.of(format, name + "-" + filter.from() + "-" + filter.to(), name, table);
	}

	/** A row of cells, any of them empty (null). */
	static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	String text(String key, Object[] args, Locale locale) {
		return messages.getMessage(key, args, key, locale);
	}

}
