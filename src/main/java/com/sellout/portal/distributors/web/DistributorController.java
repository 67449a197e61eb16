package com.sellout.portal.distributors.web;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.shared.ListParams;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/distributors")
class DistributorController {

	private final Distributors distributors;

	DistributorController(Distributors distributors) {
		this.distributors = distributors;
	}

	@ModelAttribute("frequencies")
	ReportingFrequency[] frequencies() {
		return ReportingFrequency.values();
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String list(ListParams list, @RequestParam(required = false) Boolean active,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var query = list.query(20);
		model.addAttribute("page", distributors.find(active, query));
		model.addAttribute("query", query);
		model.addAttribute("active", active);
		return htmx != null ? "distributors/list :: table" : "distributors/list";
	}

	@GetMapping("/{id}")
	String card(@PathVariable long id, Model model) {
		model.addAttribute("distributor", distributors.get(id));
		return "distributors/card";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newForm(Model model) {
		model.addAttribute("form", DistributorForm.empty());
		return "distributors/form";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@Valid @ModelAttribute("form") DistributorForm form, BindingResult errors, RedirectAttributes flash) {
		checkCode(form, null, errors);
		if (errors.hasErrors()) {
			return "distributors/form";
		}
		Distributor created = distributors.create(form);
		flash.addFlashAttribute("notice", "distributor.created");
		return "redirect:/distributors/" + created.id();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("distributor", distributors.get(id));
		model.addAttribute("form", DistributorForm.of(distributors.get(id)));
		return "distributors/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DistributorForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Distributor distributor = distributors.get(id);
		checkCode(form, id, errors);
		if (errors.hasErrors()) {
			model.addAttribute("distributor", distributor);
			return "distributors/form";
		}
		distributors.update(id, form);
		flash.addFlashAttribute("notice", "distributor.saved");
		return "redirect:/distributors/" + id;
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasRole('ADMIN')")
	String deactivate(@PathVariable long id, RedirectAttributes flash) {
		distributors.setActive(id, false);
		flash.addFlashAttribute("notice", "distributor.deactivated");
		return "redirect:/distributors/" + id;
	}

	@PostMapping("/{id}/activate")
	@PreAuthorize("hasRole('ADMIN')")
	String activate(@PathVariable long id, RedirectAttributes flash) {
		distributors.setActive(id, true);
		flash.addFlashAttribute("notice", "distributor.activated");
		return "redirect:/distributors/" + id;
	}

	/**
	 * A value that could not be bound (a date that is not one) leaves no form, only its
	 * error: nothing to check.
	 */
	private void checkCode(DistributorForm form, Long id, BindingResult errors) {
		if (form != null && !errors.hasFieldErrors("code") && distributors.codeTaken(form.code(), id)) {
			errors.rejectValue("code", "distributor.code.taken");
		}
	}

}
