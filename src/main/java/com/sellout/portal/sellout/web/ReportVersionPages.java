package com.sellout.portal.sellout.web;

import java.util.function.LongFunction;

import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.sellout.ReportVersions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report card's version actions: «Сделать текущей» on a former version, «Отозвать» on
 * the active one — for the distributor's and the manufacturer's administrators. Each
 * answers with the card of the report acted on and what changed.
 */
@Controller
@RequestMapping("/sellout/reports/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class ReportVersionPages {

	private final ReportVersions versions;

	ReportVersionPages(ReportVersions versions) {
		this.versions = versions;
	}

	@PostMapping("/restore")
	String restore(@PathVariable long id, RedirectAttributes flash) {
		return change(id, "restored", versions::restore, flash);
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes flash) {
		return change(id, "withdrawn", versions::withdraw, flash);
	}

	/**
	 * Shows the card of the report acted on with what changed, or this card with why it
	 * could not be done.
	 */
	private static String change(long id, String kind, LongFunction<ReportVersions.Change> action,
			RedirectAttributes flash) {
		try {
			ReportVersions.Change change = action.apply(id);
			flash.addFlashAttribute("versionChange", change);
			flash.addFlashAttribute("versionChangeKind", kind);
			return "redirect:/sellout/reports/" + change.report().id();
		}
		catch (ReportVersionConflictException refused) {
			flash.addFlashAttribute("problem", refused.messageKey());
			return "redirect:/sellout/reports/" + id;
		}
	}

}
