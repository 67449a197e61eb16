package com.sellout.portal.tasks;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One line of the calendar: a task due that day, or an interaction planned then.
 *
 * @param kind TASK, or the interaction's kind
 */
public record AgendaItem(LocalDate day, @Nullable LocalTime time, String kind, String title, String href,
		boolean internal) {
}
