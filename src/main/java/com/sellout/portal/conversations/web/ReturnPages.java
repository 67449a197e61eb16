package com.sellout.portal.conversations.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.conversations.About;
import com.sellout.portal.conversations.ConversationThread;
import com.sellout.portal.conversations.Conversations;
import com.sellout.portal.conversations.NewMessage;
import com.sellout.portal.conversations.NewMessage.NewAttachment;
import com.sellout.portal.conversations.Via;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Вернуть дистрибьютору» on a report (the manufacturer only): a thread asking what to
 * correct; the report keeps its status, its month waits for a newer accepted version.
 */
@Controller
@RequestMapping("/conversations/return/{reportId}")
class ReturnPages {

	private final Conversations conversations;

	private final SellOutReports reports;

	private final AboutTexts abouts;

	private final FormSupport forms;

	ReturnPages(Conversations conversations, SellOutReports reports, AboutTexts abouts, FormSupport forms) {
		this.conversations = conversations;
		this.reports = reports;
		this.abouts = abouts;
		this.forms = forms;
	}

	@GetMapping
	String form(@PathVariable long reportId, @AuthenticationPrincipal CurrentUser me, Model model) {
		SellOutReport report = returnable(reportId, me);
		return page(report, subjectFor(report), null, model, Map.of(), null, false);
	}

	@PostMapping
	String returnToDistributor(@PathVariable long reportId, @RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes flash) {
		SellOutReport report = returnable(reportId, me);
		List<NewAttachment> attachments = FormSupport.attachments(files);
		if (text == null || text.isBlank()) {
			return page(report, subject, text, model,
					Map.of("text", forms.message("conversations.return.textRequired")), null, !attachments.isEmpty());
		}
		try {
			ConversationThread thread = conversations.returnToDistributor(reportId, subject == null ? "" : subject,
					new NewMessage(text, false, attachments, Via.PORTAL));
			flash.addFlashAttribute("notice", "conversations.return.done");
			return "redirect:/conversations/" + thread.id();
		}
		catch (InvalidFieldsException invalid) {
			return page(report, subject, text, model, forms.errors(invalid), null, !attachments.isEmpty());
		}
		catch (RefusedException refused) {
			return page(report, subject, text, model, Map.of(), forms.text(refused), !attachments.isEmpty());
		}
	}

	private SellOutReport returnable(long reportId, CurrentUser me) {
		if (!me.isManufacturer()) {
			throw new AccessDeniedException("Only the manufacturer returns a report");
		}
		return reports.find(reportId).orElseThrow(NotFoundException::new);
	}

	private String subjectFor(SellOutReport report) {
		return report.kind() == ReportKind.STOCK && report.asOf() != null
				? forms.message("conversations.return.subjectStock",
						report.asOf().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
				: forms.message("conversations.return.subject", AboutTexts.month(report.period()));
	}

	private String page(SellOutReport report, @Nullable String subject, @Nullable String text, Model model,
			Map<String, String> errors, @Nullable String refusal, boolean filesLost) {
		model.addAttribute("report", report);
		model.addAttribute("reportHref", AboutTexts.reportHref(report.id(), Optional.of(report)));
		model.addAttribute("aboutView", abouts.describer().describe(About.report(report.id())));
		model.addAttribute("subject", subject);
		model.addAttribute("text", text);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("filesLost", filesLost);
		model.addAttribute("accept", FormSupport.accept());
		model.addAttribute("types", FormSupport.types());
		return "conversations/return";
	}

}
