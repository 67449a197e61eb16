package com.sellout.portal.sellout.web;

import java.util.function.LongFunction;

import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.sellout.ReportVersions;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report card's version actions: «Сделать текущей» on a former version, «Отозвать» on
 * the active one — for the distributor's and the manufacturer's administrators. Each
 * answers with the card of the report acted on and what changed: a sell-out report's, or
 * a stock report's page ({@link StockReportPages}), whose versions are those of its as-of
 * date.
 */
@Controller
@RequestMapping("/sellout/reports/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN')")
class ReportVersionPages {

	private final ReportVersions versions;

	private final SellOutReports reports;

	ReportVersionPages(ReportVersions versions, SellOutReports reports) {
		this.versions = versions;
		this.reports = reports;
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
	private String change(long id, String kind, LongFunction<ReportVersions.Change> action, RedirectAttributes flash) {
		try {
			ReportVersions.Change change = action.apply(id);
			flash.addFlashAttribute("versionChange", change);
			flash.addFlashAttribute("versionChangeKind", kind);
			return "redirect:" + pageOf(change.report());
		}
		catch (ReportVersionConflictException refused) {
			flash.addFlashAttribute("problem", refused.messageKey());
			return "redirect:" + pageOf(reports.get(id));
		}
	}

	/** The page of a report: a stock report's own, or the sell-out report's card. */
	static String pageOf(SellOutReport report) {
		return (report.kind() == ReportKind.STOCK ? "/sellout/stock-reports/" : "/sellout/reports/") + report.id();
	}

}
