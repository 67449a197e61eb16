package com.sellout.portal.tasks;

import org.jspecify.annotations.Nullable;

/**
 * A task as a form or the API sends it, not yet checked: the due date as typed
 * (ДД.ММ.ГГГГ or ГГГГ-ММ-ДД), the link type as text; each refused field is named.
 *
 * @param assigneeId none: the caller
 * @param interactionId the interaction whose next step this is, or none
 */
public record NewTask(@Nullable String title, @Nullable String description, @Nullable String dueDate,
		@Nullable String linkType, @Nullable Long linkId, @Nullable Long assigneeId, @Nullable Long interactionId) {
}
