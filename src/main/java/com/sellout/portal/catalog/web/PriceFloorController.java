package com.sellout.portal.catalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.sellout.portal.catalog.PriceFloorForm;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.ListParams;
import com.sellout.portal.shared.RefusedException;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Price floors are the manufacturer's monitoring rules: analysts read them,
 * administrators set them.
 */
@Controller
@RequestMapping("/price-floors")
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class PriceFloorController {

	private final PriceFloors floors;

	private final Distributors distributors;

	PriceFloorController(PriceFloors floors, Distributors distributors) {
		this.floors = floors;
		this.distributors = distributors;
	}

	@ModelAttribute("distributors")
	List<Distributor> distributors() {
		return distributors.all();
	}

	@ModelAttribute("distributorCodes")
	Map<Long, String> distributorCodes() {
		return distributors.all().stream().collect(Collectors.toMap(Distributor::id, Distributor::code));
	}

	@GetMapping
	String list(ListParams list, @RequestParam(required = false) Long distributor, Model model) {
		var query = list.query(20);
		model.addAttribute("page", floors.current(distributor, query));
		model.addAttribute("query", query);
		model.addAttribute("distributor", distributor);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PriceFloorForm.empty());
		}
		return "catalog/floors";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String set(@Valid @ModelAttribute("form") PriceFloorForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		// a value that could not be bound (an amount that is not a number) leaves no
		// form, only its error
		if (!errors.hasErrors() && form.sku() != null) {
			try {
				floors.set(form);
				flash.addFlashAttribute("notice", "floor.saved");
				return "redirect:/price-floors?q=" + URLEncoder.encode(form.sku(), StandardCharsets.UTF_8);
			}
			catch (RefusedException unknownSku) {
				errors.rejectValue("sku", "floors.row.unknownSku", new Object[] { form.sku() }, null);
			}
		}
		return list(new ListParams(null, null, false, 0, null), null, model);
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("hasRole('ADMIN')")
	String end(@PathVariable long id, RedirectAttributes flash) {
		floors.end(id);
		flash.addFlashAttribute("notice", "floor.ended");
		return "redirect:/price-floors";
	}

}
