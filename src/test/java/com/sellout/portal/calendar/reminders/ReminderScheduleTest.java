package com.sellout.portal.calendar.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.sellout.portal.calendar.DueRule;
import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.reminders.ReminderSchedule.Due;
import com.sellout.portal.sellout.ReportKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder rules day by day around April 2026's sell-out, due the 5th working day
 * after the month: 8 May (1 May a holiday, 2–3 May the weekend). 9–11 May are not working
 * days (9 May a Saturday, carried to Monday the 11th), so the first overdue reminder is
 * on 12 May and the escalation after 5 working days on 18 May.
 */
class ReminderScheduleTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

	private final ReminderSchedule schedule = new ReminderSchedule(5, LocalTime.of(21, 0), LocalTime.of(8, 0));

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2026-04-30 | 10:00 | -
			2026-05-01 | 10:00 | WEEK_BEFORE
			2026-05-02 | 10:00 | -
			2026-05-05 | 10:00 | -
			2026-05-06 | 10:00 | TWO_DAYS_BEFORE
			2026-05-07 | 10:00 | -
			2026-05-08 | 08:00 | DUE_DAY
			2026-05-08 | 20:59 | DUE_DAY
			2026-05-09 | 10:00 | -
			2026-05-10 | 10:00 | -
			2026-05-11 | 10:00 | -
			2026-05-12 | 10:00 | OVERDUE@2026-05-12
			2026-05-13 | 10:00 | OVERDUE@2026-05-13
			2026-05-15 | 10:00 | OVERDUE@2026-05-15
			2026-05-16 | 10:00 | -
			2026-05-17 | 10:00 | -
			2026-05-18 | 10:00 | OVERDUE@2026-05-18 ESCALATION@2026-05-18
			2026-05-19 | 10:00 | OVERDUE@2026-05-19 ESCALATION@2026-05-18
			2026-05-23 | 10:00 | ESCALATION@2026-05-18
			2026-05-08 | 21:00 | -
			2026-05-08 | 07:59 | -
			2026-05-12 | 23:30 | -
			2026-05-12 | 03:00 | -
			""")
	void eachRuleFiresOnItsDayAndNotInTheQuietHours(LocalDate day, LocalTime time, String expected) {
		Instant now = day.atTime(time).atZone(MOSCOW).toInstant();
		assertThat(describe(schedule.due(april(SubmissionState.EXPECTED), terms(MOSCOW), HolidayCalendar.MAY_2026, now),
				day))
			.isEqualTo(expected == null ? "" : expected);
	}

	@ParameterizedTest
	@EnumSource(value = SubmissionState.class, names = { "ON_TIME", "LATE" })
	void aMetSubmissionIsNeverReminded(SubmissionState met) {
		for (LocalDate day = LocalDate.of(2026, 4, 25); day.isBefore(LocalDate.of(2026, 6, 1)); day = day.plusDays(1)) {
			assertThat(schedule.due(april(met), terms(MOSCOW), HolidayCalendar.MAY_2026,
					day.atTime(12, 0).atZone(MOSCOW).toInstant()))
				.as(day.toString())
				.isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(value = SubmissionState.class,
			names = { "EXPECTED", "WAITING_FOR_YOU", "OVERDUE", "MISSING", "CORRECTION_REQUESTED" })
	void everySubmissionNotMetIsReminded(SubmissionState owed) {
		assertThat(schedule.due(april(owed), terms(MOSCOW), HolidayCalendar.MAY_2026,
				Instant.parse("2026-05-12T09:00:00Z")))
			.containsExactly(new Due(ReminderRule.OVERDUE, LocalDate.of(2026, 5, 12)));
	}

	/**
	 * Vladivostok is 7 hours ahead of Moscow: the due day begins there, and its quiet
	 * hours end, while Moscow still sleeps on the day before; its evening is Moscow's
	 * afternoon.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2026-05-07T21:59:00Z | -
			2026-05-07T22:00:00Z | DUE_DAY
			2026-05-08T10:59:00Z | DUE_DAY
			2026-05-08T11:00:00Z | -
			2026-05-08T14:00:00Z | -
			2026-05-11T23:30:00Z | OVERDUE@2026-05-12
			""")
	void quietHoursAndDaysAreTheDistributorsOwn(Instant now, String expected) {
		LocalDate local = now.atZone(VLADIVOSTOK).toLocalDate();
		assertThat(describe(
				schedule.due(april(SubmissionState.EXPECTED), terms(VLADIVOSTOK), HolidayCalendar.MAY_2026, now),
				local))
			.isEqualTo(expected == null ? "" : expected);
	}

	@ParameterizedTest(name = "{0}–{1} at {2}: quiet {3}")
	@CsvSource(delimiter = '|', textBlock = """
			21:00 | 08:00 | 20:59 | false
			21:00 | 08:00 | 21:00 | true
			21:00 | 08:00 | 00:00 | true
			21:00 | 08:00 | 07:59 | true
			21:00 | 08:00 | 08:00 | false
			13:00 | 14:00 | 13:30 | true
			13:00 | 14:00 | 14:00 | false
			13:00 | 14:00 | 12:59 | false
			00:00 | 00:00 | 03:00 | false
			""")
	void quietHoursMayCrossMidnight(LocalTime from, LocalTime until, LocalTime at, boolean quiet) {
		assertThat(new ReminderSchedule(5, from, until).quiet(at)).isEqualTo(quiet);
	}

	@ParameterizedTest(name = "after {0} working days: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1 | 2026-05-12
			3 | 2026-05-14
			5 | 2026-05-18
			""")
	void theEscalationComesAfterTheConfiguredWorkingDays(int after, LocalDate expected) {
		assertThat(new ReminderSchedule(after, LocalTime.of(21, 0), LocalTime.of(8, 0))
			.escalationDay(LocalDate.of(2026, 5, 8), HolidayCalendar.MAY_2026)).isEqualTo(expected);
	}

	/** Rules as "RULE" when for the day itself, "RULE@day" when the day is told. */
	private static String describe(List<Due> due, LocalDate today) {
		return String.join(" ", due.stream().map(d -> switch (d.rule()) {
			case OVERDUE, ESCALATION -> d.rule() + "@" + d.day();
			default -> {
				assertThat(d.day()).isEqualTo(today);
				yield d.rule().name();
			}
		}).toList());
	}

	static ReportingRule terms(ZoneId zone) {
		return new ReportingRule(new DueRule(DueRule.Kind.WORKING_DAY, 5), 2, 3, zone, false);
	}

	static Submission april(SubmissionState state) {
		LocalDate due = LocalDate.of(2026, 5, 8);
		OffsetDateTime dueAt = due.plusDays(1).atStartOfDay(MOSCOW).toOffsetDateTime();
		return new Submission(1L, "ALFA", "Альфа", ReportKind.SELLOUT, YearMonth.of(2026, 4), 0, due, dueAt,
				LocalDate.of(2026, 5, 14).atStartOfDay(MOSCOW).toOffsetDateTime(), state, null, null, null, null,
				false);
	}

}
