package com.sellout.portal.calendar.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.WorkingDays;

/**
 * Which reminders a submission calls for at an instant: 7 and 2 days before the due day,
 * on it, then every working day after it until a report is accepted, and once the
 * escalation from the N-th working day after it — none for a met submission, none in the
 * quiet hours of the distributor's zone. A rule of the day fires on that local day only
 * (the job runs many times a day, the unique key keeps it to one); the escalation is
 * keyed by its first day, so a run that missed that day still tells, once.
 */
final class ReminderSchedule {

	/** A reminder due: its rule and the local day it is for. */
	record Due(ReminderRule rule, LocalDate day) {
	}

	private final int escalateAfter;

	private final LocalTime quietFrom;

	private final LocalTime quietUntil;

	ReminderSchedule(int escalateAfter, LocalTime quietFrom, LocalTime quietUntil) {
		this.escalateAfter = escalateAfter;
		this.quietFrom = quietFrom;
		this.quietUntil = quietUntil;
	}

	List<Due> due(Submission submission, ReportingRule terms, WorkingDays days, Instant now) {
		ZonedDateTime local = now.atZone(terms.zone());
		if (submission.state().isMet() || quiet(local.toLocalTime())) {
			return List.of();
		}
		LocalDate today = local.toLocalDate();
		LocalDate dueDate = submission.dueDate();
		List<Due> due = new ArrayList<>(2);
		if (today.equals(dueDate.minusDays(7))) {
			due.add(new Due(ReminderRule.WEEK_BEFORE, today));
		}
		else if (today.equals(dueDate.minusDays(2))) {
			due.add(new Due(ReminderRule.TWO_DAYS_BEFORE, today));
		}
		else if (today.equals(dueDate)) {
			due.add(new Due(ReminderRule.DUE_DAY, today));
		}
		else if (today.isAfter(dueDate) && days.isWorkingDay(today)) {
			due.add(new Due(ReminderRule.OVERDUE, today));
		}
		LocalDate escalation = escalationDay(dueDate, days);
		if (!today.isBefore(escalation)) {
			due.add(new Due(ReminderRule.ESCALATION, escalation));
		}
		return due;
	}

	/** The day the responsible manager is told from. */
	LocalDate escalationDay(LocalDate dueDate, WorkingDays days) {
		return days.plusWorkingDays(dueDate, escalateAfter);
	}

	/**
	 * Whether nothing is sent at this local time: from {@code quietFrom} until
	 * {@code quietUntil}, across midnight when it ends earlier than it starts.
	 */
	boolean quiet(LocalTime time) {
		if (quietFrom.equals(quietUntil)) {
			return false;
		}
		if (quietFrom.isAfter(quietUntil)) {
			return !time.isBefore(quietFrom) || time.isBefore(quietUntil);
		}
		return !time.isBefore(quietFrom) && time.isBefore(quietUntil);
	}

}
