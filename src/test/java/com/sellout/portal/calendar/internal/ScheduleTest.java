package com.sellout.portal.calendar.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.sellout.portal.calendar.DueRule;
import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.sellout.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due dates and times by frequency and rule over the shipped calendar: holidays and the
 * government's transfers move them, a quarterly month is due with its quarter, a weekly
 * month owes each clipped week, and the times are the distributor's midnight.
 */
class ScheduleTest {

	private static final ProductionCalendar DAYS = ProductionCalendarTest.shipped();

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static ReportingRule rule(DueRule.Kind kind, int day, ZoneId zone) {
		return new ReportingRule(new DueRule(kind, day), 2, 3, zone, false);
	}

	@ParameterizedTest(name = "{0} {1} {2}-{3}: due {4}, grace ends {5}")
	@CsvSource({ "MONTHLY, 2025-12, WORKING_DAY, 5, 2026-01-16, 2026-01-22",
			"MONTHLY, 2026-02, WORKING_DAY, 5, 2026-03-06, 2026-03-13", // 9 March off
			"MONTHLY, 2026-04, WORKING_DAY, 5, 2026-05-08, 2026-05-15", // 11 May off
			"MONTHLY, 2026-12, WORKING_DAY, 5, 2027-01-15, 2027-01-21",
			"MONTHLY, 2026-01, DAY_OF_MONTH, 10, 2026-02-10, 2026-02-14",
			"MONTHLY, 2026-01, DAY_OF_MONTH, 31, 2026-02-28, 2026-03-05",
			"QUARTERLY, 2026-01, WORKING_DAY, 5, 2026-04-07, 2026-04-11",
			"QUARTERLY, 2026-02, WORKING_DAY, 5, 2026-04-07, 2026-04-11",
			"QUARTERLY, 2026-03, WORKING_DAY, 5, 2026-04-07, 2026-04-11",
			"QUARTERLY, 2026-10, WORKING_DAY, 5, 2027-01-15, 2027-01-21" })
	void monthlyAndQuarterly(ReportingFrequency frequency, YearMonth month, DueRule.Kind kind, int day, LocalDate due,
			LocalDate graceLastDayPlusOne) {
		List<Schedule.Slot> slots = Schedule.of(month, ReportKind.SELLOUT, frequency, rule(kind, day, MOSCOW), DAYS);
		assertThat(slots).hasSize(1);
		Schedule.Slot slot = slots.get(0);
		assertThat(slot.week()).isZero();
		assertThat(slot.dueDate()).isEqualTo(due);
		assertThat(slot.dueAt()).isEqualTo(due.plusDays(1).atStartOfDay(MOSCOW).toOffsetDateTime());
		assertThat(slot.graceEndsAt()).isEqualTo(graceLastDayPlusOne.atStartOfDay(MOSCOW).toOffsetDateTime());
	}

	@Test
	void aWeeklyMonthOwesEachWeekClippedToIt() {
		// May 2026 begins on a Friday; 11 May is the carry-over of 9 May
		List<Schedule.Slot> slots = Schedule.of(YearMonth.of(2026, 5), ReportKind.SELLOUT, ReportingFrequency.WEEKLY,
				rule(DueRule.Kind.WORKING_DAY, 5, MOSCOW), DAYS);
		assertThat(slots).extracting(Schedule.Slot::week).containsExactly(1, 2, 3, 4, 5);
		assertThat(slots).extracting(Schedule.Slot::weekStart)
			.containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11),
					LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 25));
		assertThat(slots).extracting(Schedule.Slot::dueDate)
			.containsExactly(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 19),
					LocalDate.of(2026, 5, 26), LocalDate.of(2026, 6, 5)); // the last by
																			// the rule
		assertThat(slots.get(2).weekStartsAt()).isEqualTo(OffsetDateTime.parse("2026-05-11T00:00+03:00"));
	}

	@Test
	void aWeeklyMonthEndingOnASundayHasNoStubWeek() {
		List<Schedule.Slot> slots = Schedule.of(YearMonth.of(2026, 5), ReportKind.STOCK, ReportingFrequency.WEEKLY,
				rule(DueRule.Kind.WORKING_DAY, 5, MOSCOW), DAYS);
		assertThat(slots).hasSize(5).allSatisfy(slot -> assertThat(slot.kind()).isEqualTo(ReportKind.STOCK));
		assertThat(Schedule.of(YearMonth.of(2026, 6), ReportKind.SELLOUT, ReportingFrequency.WEEKLY,
				rule(DueRule.Kind.WORKING_DAY, 5, MOSCOW), DAYS))
			.extracting(Schedule.Slot::weekStart)
			.containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15),
					LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 29));
	}

	@Test
	void farFromMoscowTheDeadlineIsTheDistributorsMidnight() {
		ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");
		Schedule.Slot slot = Schedule
			.of(YearMonth.of(2026, 1), ReportKind.SELLOUT, ReportingFrequency.MONTHLY,
					rule(DueRule.Kind.WORKING_DAY, 5, vladivostok), DAYS)
			.get(0);
		assertThat(slot.dueDate()).isEqualTo(LocalDate.of(2026, 2, 6));
		assertThat(slot.dueAt().toInstant()).hasToString("2026-02-06T14:00:00Z");
		assertThat(slot.graceEndsAt().toInstant()).hasToString("2026-02-11T14:00:00Z");
	}

}
