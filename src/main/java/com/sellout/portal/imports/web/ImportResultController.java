package com.sellout.portal.imports.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.RowOutcome;
import com.sellout.portal.shared.CsvCells;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The row-by-row result of any import, for whoever may see that import. */
@Controller
class ImportResultController {

	private final ImportLog log;

	private final MessageSource messages;

	ImportResultController(ImportLog log, MessageSource messages) {
		this.log = log;
		this.messages = messages;
	}

	/**
	 * Every row with its outcome, in the user's language; UTF-8 with a BOM so Excel opens
	 * it right.
	 */
	@GetMapping("/imports/{id}/result.csv")
	ResponseEntity<byte[]> resultFile(@PathVariable long id, Locale locale) {
		ImportSummary summary = log.find(id).orElseThrow(NotFoundException::new);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", text("import.column.row", locale), text("import.column.key", locale),
				text("import.column.outcome", locale), text("import.column.message", locale)))
			.append("\r\n");
		for (RowOutcome outcome : summary.outcomes()) {
			String message = outcome.messageKey() == null ? "" : messages.getMessage(outcome.messageKey(),
					new Object[] { outcome.argument() }, outcome.messageKey(), locale);
			csv.append(outcome.row())
				.append(';')
				.append(CsvCells.safe(outcome.key()))
				.append(';')
				.append(text("import.outcome." + outcome.outcome(), locale))
				.append(';')
				.append(CsvCells.safe(message))
				.append("\r\n");
		}
		String fileName = summary.fileName().replaceAll("\\.[^.]*$", "") + ".result.csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
