package com.sellout.portal.odata.web;

import com.sellout.portal.odata.ReportingDatabase;
import com.sellout.portal.shared.SensitiveAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting roles' forms of the «Подключение BI» page's database section
 * ({@code templates/odata/reporting.html}), each answering with the page again — the new
 * password in the flash, shown once. The section also has a page of its own,
 * {@code /bi/reporting}.
 */
@Controller
class ReportingRolesController {

	private static final Logger LOG = LoggerFactory.getLogger(ReportingRolesController.class);

	static final String PAGE = "/bi/reporting";

	private static final String SECTION_PAGE = "odata/reporting-page";

	private final ReportingDatabase reporting;

	ReportingRolesController(ReportingDatabase reporting) {
		this.reporting = reporting;
	}

	@GetMapping(PAGE)
	String page() {
		return SECTION_PAGE;
	}

	@PostMapping(PAGE + "/roles")
	@SensitiveAction
	@PreAuthorize("hasRole('ADMIN')")
	String create(@RequestParam String distributor, @RequestParam(required = false) String back, Model model,
			RedirectAttributes flash) {
		try {
			Long distributorId = "all".equals(distributor) ? null : Long.valueOf(distributor);
			model.addAttribute(ReportingPageModel.NEW_CREDENTIALS, reporting.create(distributorId));
			return SECTION_PAGE;
		}
		catch (NumberFormatException ex) {
			flash.addFlashAttribute("problem", "reporting.distributorRequired");
		}
		catch (DataAccessException ex) {
			// most likely the database lacks the owner's functions or CREATEROLE; the log
			// keeps the real cause for the operator
			LOG.warn("Creating a reporting role failed", ex);
			flash.addFlashAttribute("problem", "reporting.notManageable");
		}
		return back(back);
	}

	@PostMapping(PAGE + "/roles/{role}/password")
	@SensitiveAction
	@PreAuthorize("hasRole('ADMIN')")
	String regenerate(@PathVariable String role, Model model) {
		model.addAttribute(ReportingPageModel.NEW_CREDENTIALS, reporting.regeneratePassword(role));
		return SECTION_PAGE;
	}

	@PostMapping(PAGE + "/roles/{role}/drop")
	@PreAuthorize("hasRole('ADMIN')")
	String drop(@PathVariable String role, @RequestParam(required = false) String back, RedirectAttributes flash) {
		reporting.drop(role);
		flash.addFlashAttribute("notice", "reporting.dropped");
		return back(back);
	}

	/** Back to the page the form was on: the BI page or the section's own. */
	private static String back(String back) {
		return "redirect:" + ("/bi".equals(back) ? "/bi" : PAGE);
	}

}
