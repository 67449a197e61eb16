package com.sellout.portal.distributors.web;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.DistributorForm;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.distributors.ResponsibleManager;
import com.sellout.portal.shared.ListParams;
import com.sellout.portal.shared.Region;
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

	@ModelAttribute("allRegions")
	List<Region> allRegions() {
		return Region.all();
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
		Distributor distributor = distributors.get(id);
		model.addAttribute("distributor", distributor);
		model.addAttribute("responsible", distributors.responsibleOf(distributor).orElse(null));
		return "distributors/card";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newForm(Model model) {
		model.addAttribute("form", DistributorForm.empty());
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@Valid @ModelAttribute("form") DistributorForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		checkCode(form, null, errors);
		checkResponsible(form, null, errors);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		Distributor created = distributors.create(form);
		flash.addFlashAttribute("notice", "distributor.created");
		return "redirect:/distributors/" + created.id();
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		Distributor distributor = distributors.get(id);
		model.addAttribute("distributor", distributor);
		model.addAttribute("form", DistributorForm.of(distributor));
		return form(model, distributor);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DistributorForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Distributor distributor = distributors.get(id);
		checkCode(form, id, errors);
		checkResponsible(form, distributor, errors);
		if (errors.hasErrors()) {
			model.addAttribute("distributor", distributor);
			return form(model, distributor);
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
	 * The form's choices: the manufacturer's active administrators and analysts, and the
	 * one already named even when no longer active (so that saving keeps them).
	 */
	private String form(Model model, Distributor distributor) {
		List<ResponsibleManager> choices = new ArrayList<>(distributors.responsibleCandidates());
		if (distributor != null) {
			distributors.responsibleOf(distributor)
				.filter(current -> choices.stream().noneMatch(c -> c.userId() == current.userId()))
				.ifPresent(choices::add);
		}
		model.addAttribute("responsibles", choices);
		return "distributors/form";
	}

	private void checkResponsible(DistributorForm form, Distributor distributor, BindingResult errors) {
		if (form != null && !errors.hasFieldErrors("responsibleUserId") && !distributors
			.mayBeResponsible(form.responsibleUserId(), distributor == null ? null : distributor.responsibleUserId())) {
			errors.rejectValue("responsibleUserId", "distributor.responsible.invalid");
		}
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
