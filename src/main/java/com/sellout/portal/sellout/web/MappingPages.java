package com.sellout.portal.sellout.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.sellout.LayoutCorrection;
import com.sellout.portal.sellout.ReportPreview;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.sellout.internal.LayoutPreview;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Confirming a layout the portal was not sure of: the detected header, each column's
 * suggested field with its confidence, a preview of the first rows as they would be read
 * (updated as fields change), the VAT convention and the period. Confirming saves the
 * distributor's template and processes the report again.
 */
@Controller
@RequestMapping("/sellout/reports/{id}/mapping")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
class MappingPages {

	private static final int PREVIEW_ROWS = 10;

	private final SellOutReports reports;

	private final ReportPreview preview;

	private final LayoutCorrection layouts;

	private final Duration wait;

	private final MessageSource messages;

	MappingPages(SellOutReports reports, ReportPreview preview, LayoutCorrection layouts, MessageSource messages,
			SellOutSettings settings) {
		this.reports = reports;
		this.preview = preview;
		this.layouts = layouts;
		this.messages = messages;
		this.wait = settings.apiWait();
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		Layout layout = reports.mapping(id).orElseThrow(NotFoundException::new);
		return show(id, MappingForm.of(layout), model);
	}

	@PostMapping("/preview")
	String preview(@PathVariable long id, @ModelAttribute("form") MappingForm form, Model model) {
		preview(id, form.layout(), model);
		return "sellout/mapping :: preview";
	}

	@PostMapping
	String confirm(@PathVariable long id, @ModelAttribute("form") MappingForm form, Model model,
			RedirectAttributes flash) {
		try {
			SellOutReport report = layouts.correctMapping(id, form.layout(), wait);
			flash.addFlashAttribute("notice", report.status() == ReportStatus.NEEDS_MAPPING
					? "sellout.mapping.stillNeeded" : "sellout.mapping.confirmed");
			return "redirect:/sellout/reports/" + id;
		}
		catch (InvalidFieldsException invalid) {
			model.addAttribute("problems", invalid.problems().stream().map(this::text).toList());
			return show(id, form, model);
		}
	}

	/**
	 * «Обязательное поле не сопоставлено: Дата продажи» — the field named as the page
	 * names it, never by its key.
	 */
	private String text(InvalidFieldsException.FieldProblem problem) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(problem.message(), null, problem.message(), locale);
		if (problem.field() == null || problem.field().startsWith("settings.")) {
			return message;
		}
		String fields = Arrays.stream(problem.field().split("\\|"))
			.map(field -> messages.getMessage("sellout.field." + field, null, field, locale))
			.collect(Collectors.joining(" / "));
		return message + " — " + fields;
	}

	private String show(long id, MappingForm form, Model model) {
		model.addAttribute("report", reports.get(id));
		model.addAttribute("form", form);
		model.addAttribute("fields", List.of(CanonicalField.values()).stream().map(CanonicalField::key).toList());
		preview(id, form.layout(), model);
		return "sellout/mapping";
	}

	private void preview(long id, Layout layout, Model model) {
		LayoutPreview.Preview preview = LayoutPreview.of(this.preview.firstRows(id, 60), layout, PREVIEW_ROWS);
		model.addAttribute("previewFields", preview.fields());
		model.addAttribute("previewRows", preview.lines());
		model.addAttribute("grouping", layout.grouping() == null ? null : layout.grouping()
			.levels()
			.stream()
			.map(level -> messages.getMessage("sellout.field." + level, null, level, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(" → ")));
		model.addAttribute("missing",
				RequiredFields.missing(layout.columns(), layout.grouping(), preview.datedByPeriod())
					.stream()
					.map(group -> Arrays.stream(group.split("\\|"))
						.map(field -> messages.getMessage("sellout.field." + field, null, field,
								LocaleContextHolder.getLocale()))
						.collect(Collectors.joining(" / ")))
					.toList());
	}

}
