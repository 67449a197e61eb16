package com.sellout.portal.catalog.web;

import java.io.IOException;
import java.util.Set;

import com.sellout.portal.catalog.CatalogImports;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.reading.UnreadableFileException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of catalog, price floor and sell-in files, their results and the row-by-row
 * result file.
 */
@Controller
@RequestMapping("/catalog/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

	private static final Set<String> KINDS = Set.of("CATALOG", "FLOORS", "SELL_IN");

	private final CatalogImports imports;

	ImportController(CatalogImports imports) {
		this.imports = imports;
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
		return "imports/result";
	}

}
