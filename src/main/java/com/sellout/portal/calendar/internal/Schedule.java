package com.sellout.portal.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.calendar.DueRule;
import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.WorkingDays;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.sellout.ReportKind;

/**
 * Which submissions a month owes and when each is due. A monthly distributor owes one,
 * due by the {@link DueRule} counted from the month's end; a quarterly one also one per
 * month, due by the rule counted from the end of the month's quarter; a weekly one one
 * per Monday–Sunday week clipped to the month — the week ending on the month's last day
 * due by the rule, the others {@code weekDue} working days after their last day. Due at
 * 00:00 of the day after the due date in the distributor's zone; the grace ends at 00:00
 * after the {@code graceWorkingDays}-th working day after the due date.
 */
final class Schedule {

	private Schedule() {
	}

	/**
	 * One expected submission's dates.
	 *
	 * @param weekStart the first day of a weekly distributor's week (clipped to the
	 * month), null for the others
	 */
	record Slot(ReportKind kind, YearMonth period, int week, LocalDate weekStart, LocalDate dueDate,
			OffsetDateTime dueAt, OffsetDateTime graceEndsAt, ZoneId zone) {

		/** When the week began (00:00 local), for a weekly distributor's week. */
		OffsetDateTime weekStartsAt() {
			return weekStart.atStartOfDay(zone).toOffsetDateTime();
		}

	}

	static List<Slot> of(YearMonth month, ReportKind kind, ReportingFrequency frequency, ReportingRule rule,
			WorkingDays days) {
		List<Slot> slots = new ArrayList<>();
		switch (frequency) {
			case MONTHLY ->
				slots.add(slot(month, kind, 0, null, due(month.atEndOfMonth(), rule.due(), days), rule, days));
			case QUARTERLY -> {
				YearMonth quarterEnd = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 3);
				slots.add(slot(month, kind, 0, null, due(quarterEnd.atEndOfMonth(), rule.due(), days), rule, days));
			}
			case WEEKLY -> {
				LocalDate start = month.atDay(1);
				int week = 1;
				while (!start.isAfter(month.atEndOfMonth())) {
					LocalDate end = start;
					while (end.getDayOfWeek() != DayOfWeek.SUNDAY && !end.equals(month.atEndOfMonth())) {
						end = end.plusDays(1);
					}
					LocalDate dueDate = end.equals(month.atEndOfMonth()) ? due(end, rule.due(), days)
							: days.plusWorkingDays(end, rule.weekDue());
					slots.add(slot(month, kind, week++, start, dueDate, rule, days));
					start = end.plusDays(1);
				}
			}
		}
		return slots;
	}

	/** The due date of a period ending on {@code periodEnd}. */
	static LocalDate due(LocalDate periodEnd, DueRule rule, WorkingDays days) {
		return switch (rule.kind()) {
			case WORKING_DAY -> days.plusWorkingDays(periodEnd, rule.day());
			case DAY_OF_MONTH -> {
				YearMonth next = YearMonth.from(periodEnd).plusMonths(1);
				yield next.atDay(Math.min(rule.day(), next.lengthOfMonth()));
			}
		};
	}

	private static Slot slot(YearMonth month, ReportKind kind, int week, LocalDate weekStart, LocalDate dueDate,
			ReportingRule rule, WorkingDays days) {
		ZoneId zone = rule.zone();
		OffsetDateTime dueAt = dueDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		OffsetDateTime graceEndsAt = days.plusWorkingDays(dueDate, rule.graceWorkingDays())
			.plusDays(1)
			.atStartOfDay(zone)
			.toOffsetDateTime();
		return new Slot(kind, month, week, weekStart, dueDate, dueAt, graceEndsAt, zone);
	}

}
