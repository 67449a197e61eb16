package com.sellout.portal.analytics.web;

import com.sellout.portal.analytics.internal.AnalyticsSettings;
import com.sellout.portal.identity.CurrentUser;
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
 * The manufacturer's rules of the demand-dynamics flags: its analysts see them, its
 * administrators change them (they hold from the next page shown); distributors are
 * refused, as on the inventory's thresholds.
 */
@Controller
@RequestMapping("/analytics/settings")
class AnalyticsSettingsController {

	private final AnalyticsSettings settings;

	AnalyticsSettingsController(AnalyticsSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
	String show(Model model) {
		model.addAttribute("form", FlagRulesForm.of(settings.current()));
		model.addAttribute("nav", "analytics");
		return "analytics/settings";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String save(@Valid @ModelAttribute("form") FlagRulesForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			model.addAttribute("nav", "analytics");
			return "analytics/settings";
		}
		settings.save(form.rules(), user.getUsername());
		flash.addFlashAttribute("notice", "analytics.settings.saved");
		return "redirect:/analytics/settings";
	}

}
