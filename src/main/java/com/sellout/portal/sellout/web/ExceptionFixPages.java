package com.sellout.portal.sellout.web;

import java.util.List;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappingsRefusedException;
import com.sellout.portal.sellout.ExceptionFixes;
import com.sellout.portal.sellout.ReportVersionConflictException;
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
 * value.
 */
@Controller
@RequestMapping("/sellout/reports/{id}/lines/{line}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
class ExceptionFixPages {

	private final ExceptionFixes fixes;

	ExceptionFixPages(ExceptionFixes fixes) {
		this.fixes = fixes;
	}

	@GetMapping
	String page(@PathVariable long id, @PathVariable int line, Model model) {
		ExceptionFixes.OpenException open;
		try {
			open = fixes.open(id, line);
		}
		catch (ReportVersionConflictException former) {
			// a link to a line of a version since replaced: its card's banner says so and
			// leads to the current one
			return "redirect:/sellout/reports/" + id;
		}
		model.addAttribute("line", open);
		model.addAttribute("suggestions", open.unknownProduct() ? fixes.suggestions(open) : List.of());
		model.addAttribute("fields", List.of(CanonicalField.values()));
		model.addAttribute("aliasTypes",
				List.of(ValueMappingType.REGION, ValueMappingType.UNIT, ValueMappingType.SEGMENT));
		return "sellout/fix";
	}

	@PostMapping("/product")
	String mapProduct(@PathVariable long id, @PathVariable int line, @RequestParam(required = false) String sku,
			@RequestParam(required = false) String otherSku, RedirectAttributes flash) {
		try {
			int resolved = fixes.mapProduct(id, line, otherSku != null && !otherSku.isBlank() ? otherSku : sku);
			flash.addFlashAttribute("notice", "sellout.fix.resolved");
			flash.addFlashAttribute("resolved", resolved);
			return "redirect:/sellout/reports/" + id + "?lines=EXCEPTIONS";
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
		int resolved = fixes.correct(id, line, field, value);
		flash.addFlashAttribute("notice", resolved > 0 ? "sellout.fix.resolved" : "sellout.fix.stillOpen");
		flash.addFlashAttribute("resolved", resolved);
		return resolved > 0 ? "redirect:/sellout/reports/" + id + "?lines=EXCEPTIONS"
				: "redirect:/sellout/reports/" + id + "/lines/" + line;
	}

}
