package com.sellout.portal.calendar.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.board.Board;
import com.sellout.portal.calendar.board.PeriodBoard;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.shared.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The period board {@code /calendar/board}: the manufacturer's table of distributors ×
 * months with its filters (region, responsible manager, state, a distributor), the counts
 * and the sell-in coverage; a distributor's user its own row alone — region, manager and
 * distributor filters are not shown to it and ignored when sent. Accepts
 * {@code ?period=YYYY-MM&state=X} as the home pages link to it: the board then ends at
 * that month.
 */
@Controller
@RequestMapping("/calendar/board")
class BoardPages {

	/** The manager filter's value for the distributors nobody answers for. */
	static final String NOBODY = "none";

	private final PeriodBoard board;

	private final Distributors distributors;

	BoardPages(PeriodBoard board, Distributors distributors) {
		this.board = board;
		this.distributors = distributors;
	}

	@GetMapping
	String board(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "6") String months, @RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String manager,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String distributor, Model model) {
		boolean manufacturer = me.isManufacturer();
		ReportKind reportKind = "STOCK".equals(kind) ? ReportKind.STOCK : ReportKind.SELLOUT;
		SubmissionState stateFilter = parseState(state);
		YearMonth until = parsePeriod(period);
		String regionFilter = manufacturer && region != null && Region.byCode(region.strip()).isPresent()
				? region.strip() : null;
		Long managerFilter = manufacturer ? parseManager(manager) : null;
		String distributorFilter = manufacturer && distributor != null && !distributor.isBlank() ? distributor.strip()
				: null;
		PeriodBoard.Query query = new PeriodBoard.Query(reportKind, parseMonths(months), regionFilter, managerFilter,
				stateFilter, until, distributorFilter);
		Board shown = board.board(query);
		model.addAttribute("board", shown);
		model.addAttribute("query", query);
		model.addAttribute("manufacturer", manufacturer);
		model.addAttribute("states", SubmissionState.values());
		model.addAttribute("spans", PeriodBoard.SPANS);
		model.addAttribute("periodParam", until == null ? "" : until.toString());
		model.addAttribute("managerParam", managerFilter == null ? "" : managerFilter == 0 ? NOBODY : managerFilter);
		if (manufacturer) {
			List<Distributor> all = distributors.all();
			model.addAttribute("regions",
					all.stream()
						.flatMap(d -> d.regionCodes().stream())
						.distinct()
						.map(code -> Region.byCode(code).orElse(null))
						.filter(Objects::nonNull)
						.sorted(Comparator.comparing(Region::code))
						.toList());
			model.addAttribute("managers", distributors.responsibleCandidates());
		}
		model.addAttribute("nav", "board");
		return "calendar/board";
	}

	private static int parseMonths(String months) {
		try {
			return Integer.parseInt(months.strip());
		}
		catch (NumberFormatException ex) {
			return PeriodBoard.SPANS.get(0);
		}
	}

	private static @Nullable SubmissionState parseState(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return SubmissionState.valueOf(state.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable YearMonth parsePeriod(@Nullable String period) {
		if (period == null || period.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(period.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Long parseManager(@Nullable String manager) {
		if (manager == null || manager.isBlank()) {
			return null;
		}
		if (NOBODY.equals(manager.strip())) {
			return 0L;
		}
		try {
			return Long.parseLong(manager.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
