package com.sellout.portal.calendar.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.NoSalesReplacesLinesException;
import com.sellout.portal.sellout.ReportKind;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Продаж не было»: a distributor's user declares a month of no sales from a page, among
 * the months it owes a report for; when that would replace a report with lines, a
 * confirmation step says which and how many lines first. The manufacturer does not
 * declare for a distributor (403).
 */
@Controller
@RequestMapping("/calendar/no-sales")
class NoSalesPages {

	private final Submissions submissions;

	private final SubmissionAccess access;

	private final Clock clock;

	NoSalesPages(Submissions submissions, SubmissionAccess access, Clock clock) {
		this.clock = clock;
		this.submissions = submissions;
		this.access = access;
	}

	@GetMapping
	String form(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String kind, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		long distributorId = access.ownDistributor(me);
		List<Submission> own = submissions.find(new SubmissionFilter(null, null, distributorId, null, null));
		// months that have ended, in the distributor's own zone: nobody declares a month
		// still running
		List<Submission> ended = own.stream()
			.filter(s -> s.period().isBefore(YearMonth.from(clock.instant().atOffset(s.dueAt().getOffset()))))
			.toList();
		List<String> periods = ended.stream()
			.map(Submission::period)
			.distinct()
			.sorted(Comparator.reverseOrder())
			.map(YearMonth::toString)
			.toList();
		List<String> kinds = own.stream().map(s -> s.kind().name()).distinct().sorted().toList();
		String chosen = period != null && periods.contains(period) ? period
				: ended.stream()
					.filter(s -> s.state().isOwed())
					.map(s -> s.period().toString())
					.reduce((first, second) -> second)
					.orElse(periods.isEmpty() ? null : periods.get(0));
		model.addAttribute("periods", periods);
		model.addAttribute("kinds", kinds);
		model.addAttribute("period", chosen);
		model.addAttribute("kind", kind != null && kinds.contains(kind) ? kind : ReportKind.SELLOUT.name());
		model.addAttribute("nav", "no-sales");
		return "calendar/no-sales";
	}

	@PostMapping
	String declare(@RequestParam String period, @RequestParam String kind,
			@RequestParam(defaultValue = "false") boolean replaceLines, @AuthenticationPrincipal CurrentUser me,
			Model model, RedirectAttributes flash) {
		long distributorId = access.ownDistributor(me);
		YearMonth month = SubmissionAccess.period(period);
		ReportKind reportKind = SubmissionAccess.kind(kind);
		SubmissionAccess.expected(submissions, distributorId, month, reportKind);
		try {
			long reportId = submissions.declareNoSales(distributorId, month, reportKind, replaceLines);
			flash.addFlashAttribute("declaredPeriod", month.toString());
			flash.addFlashAttribute("declaredReport", reportId);
			return "redirect:/calendar/no-sales?period=" + month + "&kind=" + reportKind;
		}
		catch (NoSalesReplacesLinesException ex) {
			model.addAttribute("period", month.toString());
			model.addAttribute("kind", reportKind.name());
			model.addAttribute("activeReportId", ex.activeReportId());
			model.addAttribute("acceptedLines", ex.acceptedLines());
			model.addAttribute("nav", "no-sales");
			return "calendar/no-sales-confirm";
		}
	}

}
