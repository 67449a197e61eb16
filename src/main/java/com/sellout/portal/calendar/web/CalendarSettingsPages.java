package com.sellout.portal.calendar.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.sellout.portal.calendar.DueRule;
import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.internal.CalendarDays;
import com.sellout.portal.calendar.internal.ReportingTerms;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting terms and the production calendar, for the manufacturer: the defaults and
 * each distributor's own terms ({@code /calendar/settings}), and a year's days off
 * ({@code /calendar/working-days/{year}}). Anyone of the manufacturer's views them; only
 * its administrator changes them; a distributor's users are refused (403).
 */
@Controller
@RequestMapping("/calendar")
class CalendarSettingsPages {

	private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private final ReportingTerms terms;

	private final CalendarDays days;

	private final Distributors distributors;

	private final MessageSource messages;

	CalendarSettingsPages(ReportingTerms terms, CalendarDays days, Distributors distributors, MessageSource messages) {
		this.terms = terms;
		this.days = days;
		this.distributors = distributors;
		this.messages = messages;
	}

	/** A rule as the form shows and sends it. */
	record RuleForm(String dueKind, String dueDay, String weekDue, String graceWorkingDays, String zone,
			boolean expectsStock) {

		static RuleForm of(ReportingRule rule) {
			return new RuleForm(rule.due().kind().name(), String.valueOf(rule.due().day()),
					String.valueOf(rule.weekDue()), String.valueOf(rule.graceWorkingDays()), rule.zone().getId(),
					rule.expectsStock());
		}

	}

	/** A distributor's own terms on the page. */
	record Own(Distributor distributor, ReportingRule rule) {
	}

	private static void viewer(CurrentUser me) {
		if (!me.isManufacturer()) {
			throw new AccessDeniedException("Only the manufacturer sees the reporting terms");
		}
	}

	private static void editor(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new AccessDeniedException("Only the manufacturer's administrator changes the reporting terms");
		}
	}

	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal CurrentUser me, Model model) {
		viewer(me);
		return settingsPage(me, model, RuleForm.of(terms.defaults()), null, List.of(), List.of());
	}

	private String settingsPage(CurrentUser me, Model model, RuleForm defaults, @Nullable RuleForm own,
			List<String> defaultErrors, List<String> ownErrors) {
		List<Distributor> all = distributors.all().stream().sorted(Comparator.comparing(Distributor::code)).toList();
		Map<Long, ReportingRule> overrides = terms.overrides();
		model.addAttribute("defaults", defaults);
		model.addAttribute("own", own == null ? RuleForm.of(terms.defaults()) : own);
		model.addAttribute("defaultErrors", defaultErrors);
		model.addAttribute("ownErrors", ownErrors);
		model.addAttribute("distributors", all);
		model.addAttribute("overrides",
				all.stream()
					.filter(d -> overrides.containsKey(d.id()))
					.map(d -> new Own(d, overrides.get(d.id())))
					.toList());
		model.addAttribute("editable", me.isAdmin());
		model.addAttribute("year", LocalDate.now().getYear());
		model.addAttribute("nav", "calendar-settings");
		return "calendar/settings";
	}

	@PostMapping("/settings")
	String saveDefaults(@RequestParam String dueKind, @RequestParam String dueDay, @RequestParam String weekDue,
			@RequestParam String graceWorkingDays, @RequestParam String zone,
			@RequestParam(defaultValue = "false") boolean expectsStock, @AuthenticationPrincipal CurrentUser me,
			Model model, RedirectAttributes flash) {
		editor(me);
		RuleForm form = new RuleForm(dueKind, dueDay, weekDue, graceWorkingDays, zone, expectsStock);
		List<String> errors = new ArrayList<>();
		ReportingRule rule = parse(form, errors);
		if (rule == null) {
			return settingsPage(me, model, form, null, errors, List.of());
		}
		terms.saveDefaults(rule);
		flash.addFlashAttribute("notice", "calendar.settings.saved");
		return "redirect:/calendar/settings";
	}

	@PostMapping("/settings/distributors")
	String saveOwn(@RequestParam long distributorId, @RequestParam String dueKind, @RequestParam String dueDay,
			@RequestParam String weekDue, @RequestParam String graceWorkingDays, @RequestParam String zone,
			@RequestParam(defaultValue = "false") boolean expectsStock, @AuthenticationPrincipal CurrentUser me,
			Model model, RedirectAttributes flash) {
		editor(me);
		distributors.find(distributorId).orElseThrow(NotFoundException::new);
		RuleForm form = new RuleForm(dueKind, dueDay, weekDue, graceWorkingDays, zone, expectsStock);
		List<String> errors = new ArrayList<>();
		ReportingRule rule = parse(form, errors);
		if (rule == null) {
			return settingsPage(me, model, RuleForm.of(terms.defaults()), form, List.of(), errors);
		}
		terms.saveOverride(distributorId, rule);
		flash.addFlashAttribute("notice", "calendar.settings.saved");
		return "redirect:/calendar/settings";
	}

	@PostMapping("/settings/distributors/{id}/clear")
	String clearOwn(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes flash) {
		editor(me);
		terms.clearOverride(id);
		flash.addFlashAttribute("notice", "calendar.settings.cleared");
		return "redirect:/calendar/settings";
	}

	/** The rule the form says, or null with the reasons added. */
	private static @Nullable ReportingRule parse(RuleForm form, List<String> errors) {
		DueRule.Kind kind = null;
		try {
			kind = DueRule.Kind.valueOf(form.dueKind());
		}
		catch (IllegalArgumentException ex) {
			errors.add("calendar.settings.error.dueKind");
		}
		int max = kind == DueRule.Kind.DAY_OF_MONTH ? 31 : 20;
		int day = number(form.dueDay(), 1, max, "calendar.settings.error.dueDay", errors);
		int week = number(form.weekDue(), 0, 5, "calendar.settings.error.weekDue", errors);
		int grace = number(form.graceWorkingDays(), 0, 20, "calendar.settings.error.grace", errors);
		ZoneId zone = null;
		try {
			zone = ZoneId.of(form.zone().strip());
		}
		catch (DateTimeException ex) {
			errors.add("calendar.settings.error.zone");
		}
		if (!errors.isEmpty() || kind == null || zone == null) {
			return null;
		}
		return new ReportingRule(new DueRule(kind, day), week, grace, zone, form.expectsStock());
	}

	private static int number(String value, int min, int max, String key, List<String> errors) {
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// the reason below
		}
		errors.add(key);
		return 0;
	}

	/** A month of the year on the page: its days, each working or off. */
	record MonthDays(Month month, int leadingBlanks, List<Day> days) {
	}

	record Day(LocalDate date, boolean off, @Nullable String note) {
	}

	@GetMapping("/working-days/{year}")
	String year(@PathVariable int year, @AuthenticationPrincipal CurrentUser me, Model model) {
		viewer(me);
		checkYear(year);
		return yearPage(me, year, null, null, List.of(), model);
	}

	private String yearPage(CurrentUser me, int year, @Nullable String daysOffText, @Nullable Boolean transfersKnown,
			List<String> errors, Model model) {
		Map<LocalDate, String> notes = days.notes(year);
		List<MonthDays> months = new ArrayList<>();
		List<String> off = new ArrayList<>();
		for (Month month : Month.values()) {
			List<Day> list = new ArrayList<>();
			LocalDate first = LocalDate.of(year, month, 1);
			for (LocalDate d = first; d.getMonth() == month; d = d.plusDays(1)) {
				boolean isOff = !days.isWorkingDay(d);
				list.add(new Day(d, isOff, notes.get(d)));
				if (isOff) {
					off.add(d.format(RUSSIAN));
				}
			}
			months.add(new MonthDays(month, first.getDayOfWeek().getValue() - 1, list));
		}
		CalendarDays.YearInfo info = days.year(year);
		model.addAttribute("year", year);
		model.addAttribute("info", info);
		model.addAttribute("months", months);
		model.addAttribute("daysOff", daysOffText == null ? String.join("\n", off) : daysOffText);
		model.addAttribute("transfersKnown", transfersKnown == null ? info.transfersKnown() : transfersKnown);
		model.addAttribute("errors", errors);
		model.addAttribute("editable", me.isAdmin());
		model.addAttribute("nav", "calendar-settings");
		return "calendar/working-days";
	}

	@PostMapping("/working-days/{year}")
	String saveYear(@PathVariable int year, @RequestParam(defaultValue = "") String daysOff,
			@RequestParam(defaultValue = "false") boolean transfersKnown, @AuthenticationPrincipal CurrentUser me,
			Model model, RedirectAttributes flash) {
		editor(me);
		checkYear(year);
		List<String> errors = new ArrayList<>();
		Set<LocalDate> dates = new TreeSet<>();
		String[] lines = daysOff.split("\\R", -1);
		for (int line = 0; line < lines.length; line++) {
			String number = String.valueOf(line + 1);
			for (String token : lines[line].split("[\\s,;]+")) {
				if (token.isBlank()) {
					continue;
				}
				LocalDate date = date(token.strip());
				if (date == null) {
					errors.add(message("calendar.workingDays.error.badDate", number, token.strip()));
				}
				else if (date.getYear() != year) {
					errors.add(message("calendar.workingDays.error.otherYear", number, token.strip(),
							String.valueOf(year)));
				}
				else {
					dates.add(date);
				}
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("dateErrors", true);
			return yearPage(me, year, daysOff, transfersKnown, errors, model);
		}
		days.saveYear(year, dates, transfersKnown);
		flash.addFlashAttribute("notice", "calendar.workingDays.saved");
		return "redirect:/calendar/working-days/" + year;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static @Nullable LocalDate date(String token) {
		for (DateTimeFormatter format : List.of(RUSSIAN, DateTimeFormatter.ISO_LOCAL_DATE)) {
			try {
				return LocalDate.parse(token, format.withResolverStyle(ResolverStyle.STRICT));
			}
			catch (DateTimeException ex) {
				// the next format
			}
		}
		return null;
	}

	private static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new NotFoundException();
		}
	}

}
