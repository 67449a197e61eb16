package com.sellout.portal.inventory.web;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.inventory.InventorySettings;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manufacturer's thresholds of the channel inventory: its analysts see them, its
 * administrators change them (every distributor's bands and staleness are then computed
 * again, in the background); distributors are refused.
 */
@Controller
@RequestMapping("/inventory/settings")
class InventorySettingsController {

	private final InventorySettings settings;

	InventorySettingsController(InventorySettings settings) {
		this.settings = settings;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String show(Model model) {
		model.addAttribute("form", ThresholdsForm.of(settings.current()));
		return "inventory/settings";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String save(@Valid @ModelAttribute("form") ThresholdsForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "inventory/settings";
		}
		settings.save(form.thresholds(), user.getUsername());
		flash.addFlashAttribute("notice", "inventory.settings.saved");
		return "redirect:/inventory/settings";
	}

}
