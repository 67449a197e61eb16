package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.scorecards.ScorecardFigures.LineCounts;
import com.sellout.portal.sellout.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.sellout.portal.calendar.SubmissionState.CORRECTION_REQUESTED;
import static com.sellout.portal.calendar.SubmissionState.EXPECTED;
import static com.sellout.portal.calendar.SubmissionState.LATE;
import static com.sellout.portal.calendar.SubmissionState.MISSING;
import static com.sellout.portal.calendar.SubmissionState.ON_TIME;
import static com.sellout.portal.calendar.SubmissionState.WAITING_FOR_YOU;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard's figures against a case computed by hand: 14 sell-out months and one
 * stock report, of which 12 periods are past due and count.
 */
class ScorecardFiguresTest {

	private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

	/** 2 December 2026, 09:00 in Moscow: November's report is not due yet. */
	private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

	/**
	 * A submission of the month, due at 00:00 on the 8th of the next, accepted so many
	 * hours from due.
	 */
	static Submission submission(ReportKind kind, String month, SubmissionState state, Double delayHours) {
		YearMonth period = YearMonth.parse(month);
		LocalDate dueDate = period.plusMonths(1).atDay(7);
		OffsetDateTime dueAt = dueDate.plusDays(1).atStartOfDay().atOffset(MOSCOW);
		OffsetDateTime accepted = delayHours == null ? null
				: dueAt.plus(Duration.ofMinutes(Math.round(delayHours * 60)));
		return new Submission(1, "ALFA", "Альфа", kind, period, 0, dueDate, dueAt, dueAt.plusDays(3), state, accepted,
				accepted, accepted == null ? null : 10L, null, false);
	}

	static Submission sellOut(String month, SubmissionState state, Double delayDays) {
		return submission(ReportKind.SELLOUT, month, state, delayDays == null ? null : delayDays * 24);
	}

	static List<Submission> handCase() {
		List<Submission> all = new ArrayList<>();
		all.add(sellOut("2025-10", ON_TIME, -30.0)); // the 13th period back: not counted
		all.add(sellOut("2025-11", ON_TIME, -2.0));
		all.add(sellOut("2025-12", ON_TIME, -1.0));
		all.add(sellOut("2026-01", LATE, 3.0));
		all.add(sellOut("2026-02", ON_TIME, -0.5));
		all.add(sellOut("2026-03", MISSING, null));
		all.add(sellOut("2026-04", ON_TIME, -4.0));
		all.add(sellOut("2026-05", LATE, 1.0));
		all.add(sellOut("2026-06", ON_TIME, -2.0));
		all.add(sellOut("2026-07", CORRECTION_REQUESTED, null));
		all.add(sellOut("2026-08", ON_TIME, -3.0));
		all.add(sellOut("2026-09", ON_TIME, -1.0));
		all.add(sellOut("2026-10", WAITING_FOR_YOU, null));
		all.add(submission(ReportKind.STOCK, "2026-10", ON_TIME, -6.0 * 24));
		all.add(sellOut("2026-11", EXPECTED, null)); // due 8 December: not past due
		return all;
	}

	static Map<YearMonth, LineCounts> handLines() {
		return Map.of(YearMonth.parse("2026-09"), new LineCounts(100, 90, 80, 95), YearMonth.parse("2026-10"),
				new LineCounts(50, 50, 45, 40), YearMonth.parse("2025-10"), new LineCounts(1000, 0, 0, 0));
	}

	@Test
	void theWindowIsTheTwelveNewestPeriodsPastDue() {
		List<YearMonth> window = ScorecardFigures.window(handCase(), NOW);
		assertThat(window).hasSize(12).startsWith(YearMonth.of(2025, 11)).endsWith(YearMonth.of(2026, 10));
	}

	@Test
	void theFiguresAreThoseComputedByHand() {
		Scorecard card = ScorecardFigures.of(
				1, "ALFA", "Альфа", handCase(), handLines(), Map.of(YearMonth.of(2026, 8), new BigDecimal("-0.0250"),
						YearMonth.of(2026, 6), new BigDecimal("0.1000"), YearMonth.of(2026, 11), new BigDecimal("0.5")),
				NOW);
		// 13 submissions past due in the window: 8 on time, 2 late
		assertThat(card.onTimeRate()).isEqualByComparingTo("0.6154"); // 8 / 13
		assertThat(card.completeness()).isEqualByComparingTo("0.7692"); // 10 / 13
		// delays -6 -4 -3 -2 -2 -1 -1 -0.5 1 3: the middle two are -2 and -1
		assertThat(card.medianDelayDays()).isEqualByComparingTo("-1.50");
		// 2026-09 and 2026-10: 150 lines, 140 accepted, 125 resolved alone, 135 with a
		// valid ИНН (2025-10's thousand lines are outside the window)
		assertThat(card.linesAccepted()).isEqualByComparingTo("0.9333");
		assertThat(card.productsResolved()).isEqualByComparingTo("0.8333");
		assertThat(card.validInn()).isEqualByComparingTo("0.9000");
		// the newest month with reported stock in the window (November is not in it)
		assertThat(card.sisoGap()).isEqualByComparingTo("-0.0250");
		assertThat(card.rank()).isZero();

		assertThat(card.trend()).hasSize(12);
		assertThat(card.trend().get(0).period()).isEqualTo(YearMonth.of(2025, 11));
		assertThat(card.trend().get(0).onTimeRate()).isEqualByComparingTo("1");
		Scorecard.Trend january = card.trend().get(2);
		assertThat(january.period()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(january.onTimeRate()).isEqualByComparingTo("0");
		assertThat(january.completeness()).isEqualByComparingTo("1");
		Scorecard.Trend march = card.trend().get(4);
		assertThat(march.onTimeRate()).isEqualByComparingTo("0");
		assertThat(march.completeness()).isEqualByComparingTo("0");
		Scorecard.Trend october = card.trend().get(11);
		assertThat(october.onTimeRate()).isEqualByComparingTo("0.5"); // stock on time,
																		// sell-out waits
		assertThat(october.completeness()).isEqualByComparingTo("0.5");
	}

	@Test
	void nothingPastDueGivesNoFiguresRatherThanZeros() {
		Scorecard card = ScorecardFigures.of(1, "NEW", "Новый", List.of(sellOut("2026-11", EXPECTED, null)), Map.of(),
				Map.of(), NOW);
		assertThat(card.onTimeRate()).isNull();
		assertThat(card.completeness()).isNull();
		assertThat(card.medianDelayDays()).isNull();
		assertThat(card.linesAccepted()).isNull();
		assertThat(card.sisoGap()).isNull();
		assertThat(card.trend()).isEmpty();
	}

	static Stream<Arguments> medians() {
		return Stream.of(Arguments.of(List.of(2.0), "2.00"), Arguments.of(List.of(1.0, 2.0), "1.50"),
				Arguments.of(List.of(-1.0, 5.0, 0.25), "0.25"), Arguments.of(List.of(), null),
				// hours: 1 h late is 0.04 of a day
				Arguments.of(List.of(1.0 / 24), "0.04"));
	}

	@ParameterizedTest
	@MethodSource("medians")
	void theMedianDelayIsTheMiddleOfTheMetSubmissionsDelays(List<Double> delays, String expected) {
		List<Submission> met = new ArrayList<>();
		for (int i = 0; i < delays.size(); i++) {
			met.add(sellOut(YearMonth.of(2026, 1).plusMonths(i).toString(), delays.get(i) > 0 ? LATE : ON_TIME,
					delays.get(i)));
		}
		met.add(sellOut("2026-09", MISSING, null)); // not met: no delay
		BigDecimal median = ScorecardFigures.medianDelayDays(met);
		if (expected == null) {
			assertThat(median).isNull();
		}
		else {
			assertThat(median).isEqualByComparingTo(expected);
		}
	}

	@Test
	void aSubmissionIsPastDueFromItsDueTimeOn() {
		Submission october = sellOut("2026-10", EXPECTED, null); // due 2026-11-08 00:00
																	// Moscow
		assertThat(ScorecardFigures.pastDue(october, Instant.parse("2026-11-07T20:59:59Z"))).isFalse();
		assertThat(ScorecardFigures.pastDue(october, Instant.parse("2026-11-07T21:00:00Z"))).isTrue();
	}

}
