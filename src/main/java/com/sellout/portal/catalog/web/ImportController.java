package com.sellout.portal.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.catalog.CatalogImports;
import com.sellout.portal.catalog.ImportSummary;
import com.sellout.portal.catalog.RowOutcome;
import com.sellout.portal.reading.UnreadableFileException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploads of catalog, price floor and sell-in files, their results and the row-by-row result file. */
@Controller
@RequestMapping("/catalog/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

	private static final Set<String> KINDS = Set.of("CATALOG", "FLOORS", "SELL_IN");

	private final CatalogImports imports;

	private final MessageSource messages;

	ImportController(CatalogImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/new")
	String form(@RequestParam(defaultValue = "CATALOG") String kind, Model model) {
		model.addAttribute("kind", KINDS.contains(kind) ? kind : "CATALOG");
		return "catalog/import";
	}

	@PostMapping
	String upload(@RequestParam String kind, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("kind", kind);
		if (file.isEmpty()) {
			model.addAttribute("errorKey", "reading.empty");
			return "catalog/import";
		}
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		try {
			ImportSummary summary = switch (kind) {
				case "FLOORS" -> imports.importFloors(name, file.getBytes());
				case "SELL_IN" -> imports.importSellIn(name, file.getBytes());
				default -> imports.importCatalog(name, file.getBytes());
			};
			return "redirect:/catalog/imports/" + summary.id();
		}
		catch (UnreadableFileException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("fileName", name);
			return "catalog/import";
		}
	}

	@GetMapping("/{id}")
	String result(@PathVariable long id, Model model) {
		model.addAttribute("summary", imports.get(id));
		return "catalog/import-result";
	}

	/** Every row with its outcome, in the user's language; UTF-8 with a BOM so Excel opens it right. */
	@GetMapping("/{id}/result.csv")
	ResponseEntity<byte[]> resultFile(@PathVariable long id, Locale locale) {
		ImportSummary summary = imports.get(id);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", text("import.column.row", locale), text("import.column.key", locale),
				text("import.column.outcome", locale), text("import.column.message", locale))).append("\r\n");
		for (RowOutcome outcome : summary.outcomes()) {
			String message = outcome.messageKey() == null ? ""
					: messages.getMessage(outcome.messageKey(), new Object[] { outcome.argument() }, outcome.messageKey(),
							locale);
			csv.append(outcome.row()).append(';').append(CsvCells.safe(outcome.key())).append(';')
				.append(text("import.outcome." + outcome.outcome(), locale)).append(';')
				.append(CsvCells.safe(message)).append("\r\n");
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
