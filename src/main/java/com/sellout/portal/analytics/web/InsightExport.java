package com.sellout.portal.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.shared.TableFiles;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	InsightExport(MessageSource messages) {
		this.messages = messages;
	}

	/** A table: its header keys (or texts, when no message has the key) and rows. */
	ResponseEntity<byte[]> file(String format, String name, SalesFilter filter, List<String> headers,
			List<List<Object>> rows, Locale locale) {
		List<List<Object>> table = new ArrayList<>();
		table.add(headers.stream().map(key -> (Object) text(key, locale)).toList());
		table.addAll(rows);
		boolean csv = format.equals("csv");
		byte[] body = csv ? TableFiles.csv(table) : TableFiles.xlsx(name, table);
		MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType(TableFiles.XLSX);
		String file = name + "-" + filter.from() + "-" + filter.to() + "." + format;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(body);
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
