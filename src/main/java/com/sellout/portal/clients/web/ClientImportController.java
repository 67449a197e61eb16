package com.sellout.portal.clients.web;

import java.io.IOException;
import java.util.List;

import com.sellout.portal.clients.internal.ClientImporter;
import com.sellout.portal.imports.ImportLog;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.ImportTemplate;
import com.sellout.portal.reading.UnreadableFileException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk registration of clients from an xlsx or CSV file, with the row-by-row result. */
@Controller
@RequestMapping("/clients/imports")
class ClientImportController {

	private final ClientImporter importer;

	private final ImportLog log;

	ClientImportController(ClientImporter importer, ImportLog log) {
		this.importer = importer;
		this.log = log;
	}

	@GetMapping("/new")
	String form() {
		return "clients/import";
	}

	/** The empty file of the bulk registration: its columns, to be filled in. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ImportTemplate.xlsx("clients-template.xlsx", "Клиенты", List.of("ИНН", "КПП", "ОГРН", "Наименование",
				"Сегмент", "Регион", "Город", "Адрес", "Контакт", "E-mail", "Телефон"));
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		String name = file.getOriginalFilename() == null ? "clients" : file.getOriginalFilename();
		try {
			ImportSummary summary = importer.importFile(name, file.getBytes());
			return "redirect:/clients/imports/" + summary.id();
		}
		catch (UnreadableFileException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("fileName", name);
			return "clients/import";
		}
	}

	@GetMapping("/{id}")
	String result(@PathVariable long id, Model model) {
		model.addAttribute("summary", log.find(id).orElseThrow(NotFoundException::new));
		return "imports/result";
	}

}
