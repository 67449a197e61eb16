package com.sellout.portal.sellout.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.sellout.portal.clients.Segments;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.mapping.ValueMappingType;
import com.sellout.portal.mapping.ValueMappingsRefusedException;
import com.sellout.portal.sellout.ExceptionFixes;
import com.sellout.portal.sellout.LineProblem;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportVersionConflictException;
import com.sellout.portal.sellout.SellOutReport;
import com.sellout.portal.sellout.SellOutReports;
import com.sellout.portal.sellout.StockExceptionFixes;
import com.sellout.portal.sellout.StockLine;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.Region;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fixing one exception line: map its unknown product from suggestions, or correct a
 * value. A stock report's lines are fixed here too ({@link StockExceptionFixes}): its
 * product mapped, its stock or another value corrected — a stock line has no region or
 * segment to alias — and each answer leads back to the stock report's page.
 */
@Controller
@RequestMapping("/sellout/reports/{id}/lines/{line}")
@PreAuthorize("hasAnyRole('ADMIN', 'DISTRIBUTOR_ADMIN', 'DISTRIBUTOR_MANAGER')")
class ExceptionFixPages {

	/** What a stock line's values are: its product, stock, warehouse, unit and cost. */
	private static final List<CanonicalField> STOCK_FIELDS = List.of(CanonicalField.SKU, CanonicalField.DISTRIBUTOR_SKU,
			CanonicalField.EAN, CanonicalField.PRODUCT_NAME, CanonicalField.QUANTITY, CanonicalField.UNIT,
			CanonicalField.WAREHOUSE, CanonicalField.COST);

	private final ExceptionFixes fixes;

	private final StockExceptionFixes stockFixes;

	private final SellOutReports reports;

	private final Segments segments;

	ExceptionFixPages(ExceptionFixes fixes, StockExceptionFixes stockFixes, SellOutReports reports, Segments segments) {
		this.segments = segments;
		this.fixes = fixes;
		this.stockFixes = stockFixes;
		this.reports = reports;
	}

	@GetMapping
	String page(@PathVariable long id, @PathVariable int line, Locale locale, Model model) {
		SellOutReport report = reports.get(id);
		boolean stock = report.kind() == ReportKind.STOCK;
		ExceptionFixes.OpenException open;
		try {
			open = stock ? asOpen(report, stockFixes.open(id, line)) : fixes.open(id, line);
		}
		catch (ReportVersionConflictException former) {
			// a link to a line of a version since replaced: its card's banner says so and
			// leads to the current one
			return "redirect:" + ReportVersionPages.pageOf(report);
		}
		model.addAttribute("line", open);
		// what the portal made of the received values (dates, numbers, net of VAT), apart
		model.addAttribute("read", stock ? null : reports.line(id, line).orElse(null));
		model.addAttribute("reportPage", ReportVersionPages.pageOf(report));
		model.addAttribute("stock", stock);
		if (stock) {
			model.addAttribute("nav", "stock-reports");
		}
		model.addAttribute("suggestions", open.unknownProduct() ? fixes.suggestions(open) : List.of());
		model.addAttribute("fields", stock ? STOCK_FIELDS : List.of(CanonicalField.values()));
		// only the forms that fix this line's problems: a value to correct, the product
		// to
		// map, the region's or the segment's alias
		model.addAttribute("valueFixes", valueFixes(open, stock));
		model.addAttribute("aliasFixes", stock ? List.of() : aliasFixes(open, locale));
		model.addAttribute("nextLine", stock ? null : fixes.nextOpen(id, line).orElse(null));
		return "sellout/fix";
	}

	/**
	 * A value the check refused, for the person to correct: on this line, or on all N.
	 */
	record ValueFix(LineProblem problem, CanonicalField field, String current, int sameLines) {
	}

	/** An alias that clears one of the line's problems, with what it may mean. */
	record AliasFix(ValueMappingType type, String from, List<Choice> choices) {
	}

	/** One value an alias may stand for: what is sent, what is shown. */
	record Choice(String value, String label) {
	}

	/** The problems a corrected value clears. */
	private static final Set<String> VALUE_CODES = Set.of("missingDate", "badDate", "missingClient", "missingInn",
			"invalidInn", "missingQuantity", "badNumber", "missingAmount", "tooLong", "negativeStock");

	private List<ValueFix> valueFixes(ExceptionFixes.OpenException open, boolean stock) {
		List<ValueFix> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (LineProblem problem : open.problems()) {
			if (!VALUE_CODES.contains(problem.code()) || problem.field() == null || !seen.add(problem.field())) {
				continue;
			}
			CanonicalField.byKey(problem.field()).ifPresent(field -> {
				int same = stock ? 1 : fixes.sameProblem(open.reportId(), problem).size();
				found.add(new ValueFix(problem, field, open.values().get(field.key()), same));
			});
		}
		return found;
	}

	private List<AliasFix> aliasFixes(ExceptionFixes.OpenException open, Locale locale) {
		List<AliasFix> found = new ArrayList<>();
		for (LineProblem problem : open.problems()) {
			if (problem.code().equals("unknownRegion")) {
				found.add(new AliasFix(ValueMappingType.REGION, problem.value(),
						Region.all()
							.stream()
							.sorted(Comparator.comparing(Region::name))
							.map(r -> new Choice(r.code(), r.name()))
							.toList()));
			}
			else if (problem.code().equals("unknownSegment")) {
				found.add(new AliasFix(ValueMappingType.SEGMENT, problem.value(),
						segments.active().stream().map(s -> new Choice(s.code(), s.name(locale))).toList()));
			}
		}
		return found;
	}

	/**
	 * A stock line as the fix page shows an exception: its values as received, its
	 * problems.
	 */
	private static ExceptionFixes.OpenException asOpen(SellOutReport report, StockLine line) {
		return new ExceptionFixes.OpenException(report.id(), report.distributorId(), line.lineNo(), line.received(),
				line.problems());
	}

	private boolean isStock(long id) {
		return reports.get(id).kind() == ReportKind.STOCK;
	}

	/** The report's page on the tab of its exceptions. */
	private String exceptionsOf(long id) {
		return ReportVersionPages.pageOf(reports.get(id)) + "?lines=EXCEPTIONS";
	}

	@PostMapping("/product")
	String mapProduct(@PathVariable long id, @PathVariable int line, @RequestParam(required = false) String sku,
			@RequestParam(required = false) String otherSku, RedirectAttributes flash) {
		try {
			String chosen = otherSku != null && !otherSku.isBlank() ? otherSku : sku;
			if (isStock(id)) {
				int resolved = stockFixes.mapProduct(id, line, chosen);
				flash.addFlashAttribute("notice", "sellout.fix.resolved");
				flash.addFlashAttribute("resolved", resolved);
				return "redirect:" + exceptionsOf(id);
			}
			return accepted(id, line, fixes.map(id, line, chosen), flash);
		}
		catch (InvalidFieldsException | ValueMappingsRefusedException refused) {
			flash.addFlashAttribute("problem", "sellout.fix.chooseSku");
			return "redirect:/sellout/reports/" + id + "/lines/" + line;
		}
	}

	@PostMapping("/alias")
	String alias(@PathVariable long id, @PathVariable int line, @RequestParam ValueMappingType type,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			RedirectAttributes flash) {
		try {
			ExceptionFixes.Accepted accepted = fixes.alias(id, line, type, from, to);
			if (accepted.lines() > 0) {
				return accepted(id, line, accepted, flash);
			}
			flash.addFlashAttribute("notice", "sellout.fix.aliasSaved");
		}
		catch (InvalidFieldsException | ValueMappingsRefusedException refused) {
			flash.addFlashAttribute("problem", "sellout.fix.aliasRefused");
		}
		return "redirect:/sellout/reports/" + id + "/lines/" + line;
	}

	@PostMapping("/value")
	String correct(@PathVariable long id, @PathVariable int line, @RequestParam CanonicalField field,
			@RequestParam(required = false) String value, @RequestParam(defaultValue = "false") boolean sameOnAll,
			RedirectAttributes flash) {
		if (isStock(id)) {
			int resolved = stockFixes.correct(id, line, field, value);
			flash.addFlashAttribute("notice", resolved > 0 ? "sellout.fix.resolved" : "sellout.fix.stillOpen");
			flash.addFlashAttribute("resolved", resolved);
			return resolved > 0 ? "redirect:" + exceptionsOf(id) : "redirect:/sellout/reports/" + id + "/lines/" + line;
		}
		ExceptionFixes.Accepted accepted = fixes.correct(id, line, field, value, sameOnAll);
		if (accepted.lines() == 0) {
			flash.addFlashAttribute("notice", "sellout.fix.stillOpen");
			return "redirect:/sellout/reports/" + id + "/lines/" + line;
		}
		return accepted(id, line, accepted, flash);
	}

	/**
	 * After a fix that accepted lines: the notice says how many in which reports; the
	 * person goes on to the report's next open exception, or to the report when none is
	 * left.
	 */
	private String accepted(long id, int line, ExceptionFixes.Accepted accepted, RedirectAttributes flash) {
		flash.addFlashAttribute("accepted", accepted);
		flash.addFlashAttribute("resolved", accepted.lines());
		return fixes.nextOpen(id, line)
			.map(next -> "redirect:/sellout/reports/" + id + "/lines/" + next)
			.orElseGet(() -> "redirect:" + exceptionsOf(id));
	}

}
