package com.sellout.portal.tasks;

import org.jspecify.annotations.Nullable;

/**
 * Which tasks a list shows: the caller's own (assigned to them) or all of their
 * organisation's, in one state or any ({@code open}: open or in progress).
 */
public record TaskFilter(boolean mine, @Nullable TaskState state, boolean openOnly) {

	public static TaskFilter myOpen() {
		return new TaskFilter(true, null, true);
	}

}
