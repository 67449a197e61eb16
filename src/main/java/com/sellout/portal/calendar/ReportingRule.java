package com.sellout.portal.calendar;

import java.time.ZoneId;

/**
 * A distributor's reporting terms (the defaults for all when it has no override of its
 * own). Its frequency is the distributor's own ({@code distributors}).
 *
 * @param weekDue for a weekly distributor, each week's due: working days after the week
 * @param graceWorkingDays after the due day, before a submission is missing
 * @param expectsStock whether the manufacturer expects stock reports from it
 */
public record ReportingRule(DueRule due, int weekDue, int graceWorkingDays, ZoneId zone, boolean expectsStock) {
}
