package com.sellout.portal.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A task of an organisation: a distributor's ({@code distributorId}) or the
 * manufacturer's (null).
 */
public record Task(long id, @Nullable Long distributorId, String title, @Nullable String description,
		@Nullable LocalDate dueDate, @Nullable TaskLink link, long assigneeId, String assigneeName, TaskState state,
		@Nullable Long interactionId, long createdBy, String createdByName, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	/** Open and past its due date on this day. */
	public boolean overdueOn(LocalDate today) {
		return state.isOpen() && dueDate != null && dueDate.isBefore(today);
	}

}
