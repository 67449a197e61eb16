package com.sellout.portal.calendar.web;

import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Запросить исправление» on a report's card (the manufacturer): the month's submission
 * is {@code CORRECTION_REQUESTED} until a newer version is accepted; the report keeps its
 * status. The conversation about it comes with the conversations issue.
 */
@Controller
class CorrectionPages {

	private final Submissions submissions;

	CorrectionPages(Submissions submissions) {
		this.submissions = submissions;
	}

	@PostMapping("/calendar/corrections/{reportId}")
	String request(@PathVariable long reportId, @RequestParam(defaultValue = "reports") String kind,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes flash) {
		if (!me.isManufacturer()) {
			throw new AccessDeniedException("Only the manufacturer asks for a correction");
		}
		submissions.requestCorrection(reportId);
		flash.addFlashAttribute("correctionRequested", true);
		String page = "stock-reports".equals(kind) ? "stock-reports" : "reports";
		return "redirect:/sellout/" + page + "/" + reportId;
	}

}
