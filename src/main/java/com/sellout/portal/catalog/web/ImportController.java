package com.sellout.portal.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.sellout.portal.catalog.CatalogImports;
import com.sellout.portal.imports.ImportSummary;
import com.sellout.portal.imports.ImportTemplate;
import com.sellout.portal.reading.UnreadableFileException;

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

	/** The empty file of an import kind: its columns, to be filled in. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "CATALOG") String kind) {
		return switch (kind) {
			case "FLOORS" -> ImportTemplate.xlsx("price-floors-template.xlsx", "Нижние границы", List.of("Артикул",
					"Минимальная цена", "Действует с", "Действует по", "Регион", "Сегмент", "Дистрибьютор"));
			case "SELL_IN" -> ImportTemplate.xlsx("sell-in-template.xlsx", "Первичные продажи",
					List.of("Дистрибьютор", "Номер документа", "Дата", "Артикул", "Количество", "Сумма без НДС"));
			default -> ImportTemplate.xlsx("catalog-template.xlsx", "Каталог", List.of("Артикул", "Наименование",
					"Товарная группа", "Бренд", "Ед. изм.", "Штрихкод", "Цена", "Минимальная цена"));
		};
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
