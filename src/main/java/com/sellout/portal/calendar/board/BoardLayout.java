package com.sellout.portal.calendar.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.sellout.ReportKind;
import org.jspecify.annotations.Nullable;

import static com.sellout.portal.calendar.SubmissionState.CORRECTION_REQUESTED;
import static com.sellout.portal.calendar.SubmissionState.EXPECTED;
import static com.sellout.portal.calendar.SubmissionState.LATE;
import static com.sellout.portal.calendar.SubmissionState.MISSING;
import static com.sellout.portal.calendar.SubmissionState.ON_TIME;
import static com.sellout.portal.calendar.SubmissionState.OVERDUE;
import static com.sellout.portal.calendar.SubmissionState.WAITING_FOR_YOU;

/**
 * Lays the submissions out as the board: no database, no clock — what it shows follows
 * from the distributors, their submissions and sell-in alone.
 */
final class BoardLayout {

	/**
	 * A weekly distributor's month shows its most urgent week: what is missing before
	 * what is overdue, before what waits for a correction or a person, before a late
	 * week, before one still expected; on time only when every week is.
	 */
	static final List<SubmissionState> URGENCY = List.of(MISSING, OVERDUE, CORRECTION_REQUESTED, WAITING_FOR_YOU, LATE,
			EXPECTED, ON_TIME);

	private BoardLayout() {
	}

	/**
	 * @param distributors the distributors the region and manager filters leave, in the
	 * reader's scope
	 * @param submissions their submissions of the board's kind in the shown periods
	 * @param sellIn each distributor's sell-in amount per period
	 * @param state the state filter, or null
	 * @param withCoverage whether the reader may see coverage (the manufacturer)
	 */
	static Board layout(ReportKind kind, List<YearMonth> periods, List<Distributor> distributors,
			List<Submission> submissions, Map<Long, Map<YearMonth, BigDecimal>> sellIn, @Nullable SubmissionState state,
			boolean withCoverage, List<Integer> unlistedYears) {
		Map<Long, Map<YearMonth, List<Submission>>> owed = submissions.stream()
			.collect(Collectors.groupingBy(Submission::distributorId,
					Collectors.groupingBy(Submission::period, Collectors.toList())));
		List<Board.Row> rows = new ArrayList<>();
		for (Distributor distributor : distributors.stream().sorted(Comparator.comparing(Distributor::code)).toList()) {
			Map<YearMonth, List<Submission>> months = owed.getOrDefault(distributor.id(), Map.of());
			if (!distributor.active() && months.isEmpty()) {
				continue;
			}
			List<Board.Cell> cells = periods.stream().map(p -> cell(p, months.getOrDefault(p, List.of()))).toList();
			rows.add(new Board.Row(distributor.id(), distributor.code(), distributor.name(),
					distributor.reportingFrequency(), cells));
		}
		Map<SubmissionState, Long> counts = new EnumMap<>(SubmissionState.class);
		for (SubmissionState each : SubmissionState.values()) {
			counts.put(each, 0L);
		}
		rows.forEach(row -> row.cells()
			.stream()
			.filter(Board.Cell::expected)
			.forEach(cell -> counts.merge(cell.state(), 1L, Long::sum)));
		List<Board.Coverage> coverage = withCoverage ? coverage(periods, distributors, owed, sellIn) : List.of();
		List<Board.Row> shown = state == null ? rows
				: rows.stream().filter(row -> row.cells().stream().anyMatch(c -> c.state() == state)).toList();
		return new Board(kind, periods, shown, counts, coverage, unlistedYears);
	}

	static Board.Cell cell(YearMonth period, List<Submission> weeks) {
		if (weeks.isEmpty()) {
			return new Board.Cell(period, null, List.of(), 0, null, false);
		}
		List<Submission> ordered = weeks.stream().sorted(Comparator.comparingInt(Submission::week)).toList();
		SubmissionState summary = URGENCY.stream()
			.filter(s -> ordered.stream().anyMatch(w -> w.state() == s))
			.findFirst()
			.orElse(ordered.get(ordered.size() - 1).state());
		int met = (int) ordered.stream().filter(w -> w.state().isMet()).count();
		Submission last = ordered.get(ordered.size() - 1);
		Long report = ordered.stream()
			.map(Submission::reportId)
			.filter(id -> id != null)
			.reduce((first, second) -> second)
			.orElse(null);
		return new Board.Cell(period, summary, ordered, met, report, last.noSales());
	}

	private static List<Board.Coverage> coverage(List<YearMonth> periods, List<Distributor> distributors,
			Map<Long, Map<YearMonth, List<Submission>>> owed, Map<Long, Map<YearMonth, BigDecimal>> sellIn) {
		List<Board.Coverage> coverage = new ArrayList<>();
		Set<Long> shown = distributors.stream().map(Distributor::id).collect(Collectors.toSet());
		for (YearMonth period : periods) {
			BigDecimal total = BigDecimal.ZERO;
			BigDecimal covered = BigDecimal.ZERO;
			for (Map.Entry<Long, Map<YearMonth, BigDecimal>> distributor : sellIn.entrySet()) {
				BigDecimal amount = distributor.getValue().getOrDefault(period, BigDecimal.ZERO);
				if (!shown.contains(distributor.getKey()) || amount.signum() == 0) {
					continue;
				}
				total = total.add(amount);
				if (accepted(owed.getOrDefault(distributor.getKey(), Map.of()).getOrDefault(period, List.of()))) {
					covered = covered.add(amount);
				}
			}
			BigDecimal share = total.signum() <= 0 ? null : covered.divide(total, 4, RoundingMode.HALF_UP);
			coverage.add(new Board.Coverage(period, covered, total, share));
		}
		return coverage;
	}

	/** Whether the month has an accepted report of its own now (the active one). */
	private static boolean accepted(List<Submission> month) {
		return month.stream().anyMatch(s -> s.reportStatus() != null && s.reportStatus().isActive());
	}

}
