package com.sellout.portal.calendar.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import org.junit.jupiter.api.Test;

import static com.sellout.portal.calendar.SubmissionState.EXPECTED;
import static com.sellout.portal.calendar.SubmissionState.LATE;
import static com.sellout.portal.calendar.SubmissionState.MISSING;
import static com.sellout.portal.calendar.SubmissionState.ON_TIME;
import static com.sellout.portal.calendar.SubmissionState.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly distributor's month on the board: its most urgent week, how many weeks are
 * met, the due date it waits for, the latest report behind it; and coverage counting only
 * the months whose report is accepted now.
 */
class BoardLayoutTest {

	private static final YearMonth MAY = YearMonth.of(2026, 5);

	private static Submission week(int week, SubmissionState state, Long reportId, ReportStatus status) {
		LocalDate due = MAY.atDay(5).plusWeeks(week - 1);
		OffsetDateTime dueAt = due.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(3));
		return new Submission(7, "W", "Weekly", ReportKind.SELLOUT, MAY, week, due, dueAt, dueAt.plusDays(3), state,
				null, null, reportId, status, false);
	}

	@Test
	void aWeeklyMonthShowsItsMostUrgentWeekAndHowManyAreMet() {
		Board.Cell cell = BoardLayout.cell(MAY,
				List.of(week(3, OVERDUE, null, null), week(1, ON_TIME, 11L, ReportStatus.ACCEPTED),
						week(2, LATE, 12L, ReportStatus.ACCEPTED), week(4, EXPECTED, null, null)));
		assertThat(cell.state()).isEqualTo(OVERDUE);
		assertThat(cell.weekly()).isTrue();
		assertThat(cell.weeksMet()).isEqualTo(2);
		assertThat(cell.weeks()).extracting(Submission::week).containsExactly(1, 2, 3, 4);
		assertThat(cell.next().week()).as("the first week not met").isEqualTo(3);
		assertThat(cell.reportId()).as("the latest week's report").isEqualTo(12L);

		Board.Cell missing = BoardLayout.cell(MAY, List.of(week(1, LATE, 1L, ReportStatus.ACCEPTED),
				week(2, MISSING, null, null), week(3, OVERDUE, null, null)));
		assertThat(missing.state()).as("missing before overdue").isEqualTo(MISSING);

		Board.Cell met = BoardLayout.cell(MAY,
				List.of(week(1, ON_TIME, 1L, ReportStatus.ACCEPTED), week(2, ON_TIME, 2L, ReportStatus.ACCEPTED)));
		assertThat(met.state()).isEqualTo(ON_TIME);
		assertThat(met.weeksMet()).isEqualTo(2);
		assertThat(met.next()).isNull();

		Board.Cell late = BoardLayout.cell(MAY,
				List.of(week(1, ON_TIME, 1L, ReportStatus.ACCEPTED), week(2, LATE, 2L, ReportStatus.ACCEPTED)));
		assertThat(late.state()).as("one late week makes the month late").isEqualTo(LATE);

		Board.Cell none = BoardLayout.cell(MAY, List.of());
		assertThat(none.expected()).isFalse();
		assertThat(none.state()).isNull();
	}

	@Test
	void coverageCountsAMonthWhoseReportIsActiveOnly() {
		Distributor distributor = new Distributor(7, "W", "Weekly", "7707083893", "", List.of(), null,
				LocalDate.of(2026, 1, 1), null, ReportingFrequency.MONTHLY, "", "", true, OffsetDateTime.now(),
				OffsetDateTime.now(), 0, null);
		Distributor other = new Distributor(8, "V", "Other", "7707083893", "", List.of(), null,
				LocalDate.of(2026, 1, 1), null, ReportingFrequency.MONTHLY, "", "", true, OffsetDateTime.now(),
				OffsetDateTime.now(), 0, null);
		Submission accepted = week(0, ON_TIME, 1L, ReportStatus.ACCEPTED);
		Submission withdrawn = new Submission(8, "V", "Other", ReportKind.SELLOUT, MAY, 0, accepted.dueDate(),
				accepted.dueAt(), accepted.graceEndsAt(), MISSING, null, null, 2L, ReportStatus.WITHDRAWN, false);
		Board board = BoardLayout.layout(ReportKind.SELLOUT, List.of(MAY), List.of(distributor, other),
				List.of(accepted, withdrawn),
				Map.of(7L, Map.of(MAY, new BigDecimal("300")), 8L, Map.of(MAY, new BigDecimal("100"))), null, true,
				List.of());
		Board.Coverage may = board.coverage().get(0);
		assertThat(may.covered()).isEqualByComparingTo("300");
		assertThat(may.total()).isEqualByComparingTo("400");
		assertThat(may.share()).isEqualByComparingTo("0.75");
		assertThat(board.counts().get(ON_TIME)).isEqualTo(1L);
		assertThat(board.counts().get(MISSING)).isEqualTo(1L);
	}

}
