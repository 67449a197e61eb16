package com.sellout.portal.clients.web;

import com.sellout.portal.clients.Segments;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The segment list the manufacturer maintains. */
@Controller
@RequestMapping("/clients/segments")
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class SegmentController {

	private final Segments segments;

	SegmentController(Segments segments) {
		this.segments = segments;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("all", segments.all());
		return "clients/segments";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String save(@RequestParam String code, @RequestParam String nameRu, @RequestParam String nameEn,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
		String normalised = code.strip().toUpperCase();
		if (!normalised.matches("[A-Z][A-Z_]{1,31}") || nameRu.isBlank() || nameEn.isBlank()) {
			flash.addFlashAttribute("problem", "segment.invalid");
		}
		else {
			segments.save(normalised, nameRu.strip(), nameEn.strip(), active);
			flash.addFlashAttribute("notice", "segment.saved");
		}
		return "redirect:/clients/segments";
	}

}
