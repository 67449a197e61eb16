package com.sellout.portal.catalog.web;

import java.util.List;
import java.util.stream.Collectors;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.Catalog.ProductFilter;
import com.sellout.portal.catalog.PriceFloors;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.catalog.ProductForm;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.ListParams;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** The catalog: everyone browses it, the manufacturer's administrator maintains it. */
@Controller
@RequestMapping("/catalog")
class ProductController {

	private final Catalog catalog;

	private final ProductGroups groups;

	private final PriceFloors floors;

	private final Distributors distributors;

	ProductController(Catalog catalog, ProductGroups groups, PriceFloors floors, Distributors distributors) {
		this.catalog = catalog;
		this.groups = groups;
		this.floors = floors;
		this.distributors = distributors;
	}

	@ModelAttribute("groups")
	List<ProductGroup> groups() {
		return groups.all();
	}

	@GetMapping
	String list(ListParams list, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Boolean active,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var query = list.query(20);
		model.addAttribute("page", catalog.find(new ProductFilter(group, active), query));
		model.addAttribute("query", query);
		model.addAttribute("group", group);
		model.addAttribute("active", active);
		return htmx != null ? "catalog/list :: table" : "catalog/list";
	}

	@GetMapping("/products/{id}")
	String card(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		Product product = catalog.get(id);
		model.addAttribute("product", product);
		if (me.isManufacturer()) {
			model.addAttribute("floors", floors.history(id));
			model.addAttribute("distributorCodes",
					distributors.all().stream().collect(Collectors.toMap(Distributor::id, Distributor::code)));
		}
		return "catalog/card";
	}

	@GetMapping("/products/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newForm(Model model) {
		model.addAttribute("form", ProductForm.empty());
		return "catalog/form";
	}

	@PostMapping("/products")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@Valid @ModelAttribute("form") ProductForm form, BindingResult errors, RedirectAttributes flash) {
		// a value that could not be bound (a price that is not a number) leaves no form,
		// only its error
		if (form != null && !errors.hasFieldErrors("sku") && catalog.skuTaken(form.sku(), null)) {
			errors.rejectValue("sku", "product.sku.taken");
		}
		if (errors.hasErrors()) {
			return "catalog/form";
		}
		Product product = catalog.create(form);
		flash.addFlashAttribute("notice", "product.created");
		return "redirect:/catalog/products/" + product.id();
	}

	@GetMapping("/products/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		Product product = catalog.get(id);
		model.addAttribute("product", product);
		model.addAttribute("form", ProductForm.of(product));
		return "catalog/form";
	}

	@PostMapping("/products/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Product product = catalog.get(id);
		if (form != null && !errors.hasFieldErrors("sku") && catalog.skuTaken(form.sku(), id)) {
			errors.rejectValue("sku", "product.sku.taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("product", product);
			return "catalog/form";
		}
		catalog.update(id, form);
		flash.addFlashAttribute("notice", "product.saved");
		return "redirect:/catalog/products/" + id;
	}

	@PostMapping("/products/{id}/deactivate")
	@PreAuthorize("hasRole('ADMIN')")
	String deactivate(@PathVariable long id, RedirectAttributes flash) {
		catalog.setActive(id, false);
		flash.addFlashAttribute("notice", "product.deactivated");
		return "redirect:/catalog/products/" + id;
	}

	@PostMapping("/products/{id}/activate")
	@PreAuthorize("hasRole('ADMIN')")
	String activate(@PathVariable long id, RedirectAttributes flash) {
		catalog.setActive(id, true);
		flash.addFlashAttribute("notice", "product.activated");
		return "redirect:/catalog/products/" + id;
	}

}
