package com.sellout.portal.sellout.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.Layout;
import com.sellout.portal.mapping.RequiredFields;
import com.sellout.portal.reading.RawRow;
import com.sellout.portal.sellout.LayoutCorrection;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportPreview;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.sellout.ReportVersions;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.SellOutSettings;
import com.sellout.portal.sellout.internal.LayoutPreview;
import com.sellout.portal.shared.DateTexts;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Confirming a layout the portal was not sure of: the detected header, each column's
 * suggested field with its confidence, a preview of the first rows as they would be read
 * (updated as fields change), the VAT convention and the period (of a stock report: its
 * as-of date). Confirming saves the distributor's template and processes the report
 * again. A report whose content leaves open whether it is sales or stock asks that first,
 * and a stock report nothing dates asks its date.
 */
@Controller
@RequestMapping("/sellout/reports/{id}/mapping")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
class MappingPages {

	private static final int PREVIEW_ROWS = 10;

	/** How many of a column's values the page shows under its header. */
	private static final int SAMPLES = 3;

	private static final String KIND_NEEDED = "sellout.needsMapping.kind";

	private static final String ASOF_NEEDED = "sellout.needsMapping.asOf";

	/**
	 * What a stock line's columns may be: the product, its stock, warehouse, unit, cost.
	 */
	private static final List<CanonicalField> STOCK_FIELDS = List.of(CanonicalField.SKU, CanonicalField.DISTRIBUTOR_SKU,
			CanonicalField.EAN, CanonicalField.PRODUCT_NAME, CanonicalField.QUANTITY, CanonicalField.UNIT,
			CanonicalField.WAREHOUSE, CanonicalField.COST);

	/** A sale's: every field but a stock line's cost. */
	private static final List<CanonicalField> SALE_FIELDS = List.of(CanonicalField.values())
		.stream()
		.filter(field -> field != CanonicalField.COST)
		.toList();

	private final SellOutReports reports;

	private final ReportPreview preview;

	private final LayoutCorrection layouts;

	private final Duration wait;

	private final MessageSource messages;

	private final ReportVersions versions;

	MappingPages(SellOutReports reports, ReportPreview preview, LayoutCorrection layouts, MessageSource messages,
			SellOutSettings settings, ReportVersions versions) {
		this.versions = versions;
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
		preview(id, form.layout(), reports.get(id).kind() == ReportKind.STOCK, model);
		return "sellout/mapping :: preview";
	}

	@PostMapping
	String confirm(@PathVariable long id, @ModelAttribute("form") MappingForm form, Model model,
			RedirectAttributes flash) {
		try {
			boolean stock = reports.get(id).kind() == ReportKind.STOCK;
			SellOutReport report = layouts.correctMapping(id, form.layout(), stock ? ReportKind.STOCK : null,
					stock ? date(form.getAsOf()) : null, wait);
			flash.addFlashAttribute("notice",
					report.status() == ReportStatus.NEEDS_MAPPING ? stillNeeded(report) : "sellout.mapping.confirmed");
			return "redirect:" + ReportVersionPages.pageOf(report);
		}
		catch (InvalidFieldsException invalid) {
			model.addAttribute("problems", invalid.problems().stream().map(this::text).toList());
			return show(id, form, model);
		}
	}

	/**
	 * A report that will not be mapped — the wrong file — withdrawn by its distributor
	 * from the page that waits for its mapping.
	 */
	@PostMapping("/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes flash) {
		try {
			SellOutReport report = versions.withdrawUnmapped(id).report();
			flash.addFlashAttribute("notice", "sellout.withdrawUnmapped.done");
			return "redirect:" + ReportVersionPages.pageOf(report);
		}
		catch (ReportVersionConflictException refused) {
			flash.addFlashAttribute("problem", refused.messageKey());
			return "redirect:" + ReportVersionPages.pageOf(reports.get(id));
		}
	}

	/** What a report still waiting needs: a stock report its date, another its period. */
	private static String stillNeeded(SellOutReport report) {
		return report.kind() == ReportKind.STOCK ? "sellout.mapping.stillNeededAsOf" : "sellout.mapping.stillNeeded";
	}

	/**
	 * What a report waiting for its kind (or a stock report for its date) is: sell-out or
	 * stock, and the date the stock stands on — what {@code PUT …/mapping} takes as
	 * {@code kind} and {@code asOf}. The report is read again as detection reads it, with
	 * that kind; a layout still unsure comes back here for its columns.
	 */
	@PostMapping("/kind")
	String chooseKind(@PathVariable long id, @RequestParam(required = false) ReportKind kind,
			@RequestParam(required = false) String asOf, Model model, RedirectAttributes flash) {
		try {
			if (kind == null) {
				throw new InvalidFieldsException(
						List.of(new InvalidFieldsException.FieldProblem(null, "stock.mapping.chooseKind")));
			}
			SellOutReport report = layouts.correctMapping(id, null, kind, kind == ReportKind.STOCK ? date(asOf) : null,
					wait);
			if (report.status() == ReportStatus.NEEDS_MAPPING) {
				flash.addFlashAttribute("notice", stillNeeded(report));
				return "redirect:/sellout/reports/" + id + "/mapping";
			}
			flash.addFlashAttribute("notice", "sellout.mapping.confirmed");
			return "redirect:" + ReportVersionPages.pageOf(report);
		}
		catch (InvalidFieldsException invalid) {
			model.addAttribute("problems", invalid.problems().stream().map(this::text).toList());
			Layout layout = reports.mapping(id).orElseThrow(NotFoundException::new);
			return show(id, MappingForm.of(layout), model);
		}
	}

	/** A date as a date field sends it; anything else is a problem of the field. */
	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return DateTexts.date(text)
			.orElseThrow(() -> new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldProblem("settings.asOf", "stock.mapping.badAsOf"))));
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
		SellOutReport report = reports.get(id);
		boolean stock = report.kind() == ReportKind.STOCK;
		model.addAttribute("report", report);
		model.addAttribute("form", form);
		model.addAttribute("stock", stock);
		if (stock) {
			model.addAttribute("nav", "stock-reports");
		}
		// what the person must say before the columns mean anything: the kind, or the
		// date
		model.addAttribute("waitingForKind", KIND_NEEDED.equals(report.rejectionKey()));
		model.addAttribute("waitingForAsOf", ASOF_NEEDED.equals(report.rejectionKey()));
		model.addAttribute("fields", (stock ? STOCK_FIELDS : SALE_FIELDS).stream().map(CanonicalField::key).toList());
		List<RawRow> rows = this.preview.firstRows(id, 60);
		model.addAttribute("samples", LayoutPreview.samples(rows, form.layout(), SAMPLES));
		preview(rows, form.layout(), stock, model);
		return "sellout/mapping";
	}

	private void preview(long id, Layout layout, boolean stock, Model model) {
		preview(this.preview.firstRows(id, 60), layout, stock, model);
	}

	private void preview(List<RawRow> rows, Layout layout, boolean stock, Model model) {
		LayoutPreview.Preview preview = LayoutPreview.of(rows, layout, PREVIEW_ROWS);
		model.addAttribute("previewFields", preview.fields());
		model.addAttribute("previewRows", preview.lines());
		model.addAttribute("grouping", layout.grouping() == null ? null : layout.grouping()
			.levels()
			.stream()
			.map(level -> messages.getMessage("sellout.field." + level, null, level, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(" → ")));
		model.addAttribute("missing",
				(stock ? RequiredFields.missingForStock(layout.columns(), layout.grouping())
						: RequiredFields.missing(layout.columns(), layout.grouping(), preview.datedByPeriod()))
					.stream()
					.map(group -> Arrays.stream(group.split("\\|"))
						.map(field -> messages.getMessage("sellout.field." + field, null, field,
								LocaleContextHolder.getLocale()))
						.collect(Collectors.joining(" / ")))
					.toList());
	}

}
