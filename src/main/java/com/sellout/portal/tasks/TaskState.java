package com.sellout.portal.tasks;

/**
 * Where a task stands; DONE and CANCELLED are closed (no reminder, off the home card).
 */
public enum TaskState {

	OPEN, IN_PROGRESS, DONE, CANCELLED;

	public boolean isOpen() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
