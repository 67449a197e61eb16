package com.sellout.portal.mapping.web;

import java.util.List;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Templates;
import com.sellout.portal.shared.InvalidFieldsException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The distributors' templates: list, view with the reports read by each, rename, correct,
 * delete.
 */
@Controller
@RequestMapping("/sellout/templates")
class TemplatePages {

	private final Templates templates;

	TemplatePages(Templates templates) {
		this.templates = templates;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("templates", templates.list(me.isManufacturer() ? null : me.distributorId()));
		return "mapping/templates";
	}

	@GetMapping("/{id}")
	String view(@PathVariable long id, Model model) {
		model.addAttribute("template", templates.get(id));
		model.addAttribute("reports", templates.reports(id));
		model.addAttribute("fields", List.of(CanonicalField.values()).stream().map(CanonicalField::key).toList());
		return "mapping/template";
	}

	@PostMapping("/{id}/name")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	String rename(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes flash) {
		templates.rename(id, name);
		flash.addFlashAttribute("notice", "sellout.templates.saved");
		return "redirect:/sellout/templates/" + id;
	}

	@PostMapping("/{id}/fields")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	String fields(@PathVariable long id, @RequestParam(name = "field", required = false) List<String> fields,
			RedirectAttributes flash) {
		try {
			templates.changeFields(id, fields == null ? List.of() : fields);
			flash.addFlashAttribute("notice", "sellout.templates.saved");
		}
		catch (InvalidFieldsException invalid) {
			flash.addFlashAttribute("problem", "sellout.mapping.missingField");
		}
		return "redirect:/sellout/templates/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		templates.delete(id);
		flash.addFlashAttribute("notice", "sellout.templates.deleted");
		return "redirect:/sellout/templates";
	}

}
