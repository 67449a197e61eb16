package com.sellout.portal.sellout.web;

import java.util.List;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappingsRefusedException;
import com.sellout.portal.sellout.ExceptionFixes;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.StockExceptionFixes;
import com.sellout.portal.sellout.StockLine;
import com.sellout.portal.shared.InvalidFieldsException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fixing one exception line: map its unknown product from suggestions, or correct a
 * value. A stock report's lines are fixed here too ({@link StockExceptionFixes}): its
 * product mapped, its stock or another value corrected — a stock line has no region or
 * segment to alias — and each answer leads back to the stock report's page.
 */
@Controller
@RequestMapping("/sellout/reports/{id}/lines/{line}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
class ExceptionFixPages {

	/** What a stock line's values are: its product, stock, warehouse, unit and cost. */
	private static final List<CanonicalField> STOCK_FIELDS = List.of(CanonicalField.SKU, CanonicalField.DISTRIBUTOR_SKU,
			CanonicalField.EAN, CanonicalField.PRODUCT_NAME, CanonicalField.QUANTITY, CanonicalField.UNIT,
			CanonicalField.WAREHOUSE, CanonicalField.COST);

	private final ExceptionFixes fixes;

	private final StockExceptionFixes stockFixes;

	private final SellOutReports reports;

	ExceptionFixPages(ExceptionFixes fixes, StockExceptionFixes stockFixes, SellOutReports reports) {
		this.fixes = fixes;
		this.stockFixes = stockFixes;
		this.reports = reports;
	}

	@GetMapping
	String page(@PathVariable long id, @PathVariable int line, Model model) {
		SellOutReport report = reports.get(id);
		boolean stock = report.kind() == ReportKind.STOCK;
		ExceptionFixes.OpenException open;
		try {
			open = stock ? asOpen(report, stockFixes.open(id, line)) : fixes.open(id, line);
		}
		catch (ReportVersionConflictException former) {
			// a link to a line of a version since replaced: its card's banner says so and
			// leads to the current one
			return "redirect:" + ReportVersionPages.pageOf(report);
		}
		model.addAttribute("line", open);
		// what the portal made of the received values (dates, numbers, net of VAT), apart
		model.addAttribute("read", stock ? null : reports.line(id, line).orElse(null));
		model.addAttribute("reportPage", ReportVersionPages.pageOf(report));
		model.addAttribute("stock", stock);
		if (stock) {
			model.addAttribute("nav", "stock-reports");
		}
		model.addAttribute("suggestions", open.unknownProduct() ? fixes.suggestions(open) : List.of());
		model.addAttribute("fields", stock ? STOCK_FIELDS : List.of(CanonicalField.values()));
		model.addAttribute("aliasTypes",
				stock ? List.of() : List.of(ValueMappingType.REGION, ValueMappingType.UNIT, ValueMappingType.SEGMENT));
		return "sellout/fix";
	}

	/**
	 * A stock line as the fix page shows an exception: its values as received, its
	 * problems.
	 */
	private static ExceptionFixes.OpenException asOpen(SellOutReport report, StockLine line) {
		return new ExceptionFixes.OpenException(report.id(), report.distributorId(), line.lineNo(), line.received(),
				line.problems());
	}

	private boolean isStock(long id) {
		return reports.get(id).kind() == ReportKind.STOCK;
	}

	/** The report's page on the tab of its exceptions. */
	private String exceptionsOf(long id) {
		return ReportVersionPages.pageOf(reports.get(id)) + "?lines=EXCEPTIONS";
	}

	@PostMapping("/product")
	String mapProduct(@PathVariable long id, @PathVariable int line, @RequestParam(required = false) String sku,
			@RequestParam(required = false) String otherSku, RedirectAttributes flash) {
		try {
			String chosen = otherSku != null && !otherSku.isBlank() ? otherSku : sku;
			int resolved = isStock(id) ? stockFixes.mapProduct(id, line, chosen) : fixes.mapProduct(id, line, chosen);
			flash.addFlashAttribute("notice", "sellout.fix.resolved");
			flash.addFlashAttribute("resolved", resolved);
			return "redirect:" + exceptionsOf(id);
		}
		catch (InvalidFieldsException | ValueMappingsRefusedException refused) {
			flash.addFlashAttribute("problem", "sellout.fix.chooseSku");
			return "redirect:/sellout/reports/" + id + "/lines/" + line;
		}
	}

	@PostMapping("/alias")
	String alias(@PathVariable long id, @PathVariable int line, @RequestParam ValueMappingType type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			RedirectAttributes flash) {
		try {
			int resolved = fixes.addAlias(id, line, type, from, to);
			flash.addFlashAttribute("notice", resolved > 0 ? "sellout.fix.resolved" : "sellout.fix.aliasSaved");
		}
		catch (InvalidFieldsException | ValueMappingsRefusedException refused) {
			flash.addFlashAttribute("problem", "sellout.fix.aliasRefused");
		}
		return "redirect:/sellout/reports/" + id + "/lines/" + line;
	}

	@PostMapping("/value")
	String correct(@PathVariable long id, @PathVariable int line, @RequestParam CanonicalField field,
			@RequestParam(required = false) String value, RedirectAttributes flash) {
		int resolved = isStock(id) ? stockFixes.correct(id, line, field, value) : fixes.correct(id, line, field, value);
		flash.addFlashAttribute("notice", resolved > 0 ? "sellout.fix.resolved" : "sellout.fix.stillOpen");
		flash.addFlashAttribute("resolved", resolved);
		return resolved > 0 ? "redirect:" + exceptionsOf(id) : "redirect:/sellout/reports/" + id + "/lines/" + line;
	}

}
