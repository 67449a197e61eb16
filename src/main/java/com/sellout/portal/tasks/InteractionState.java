package com.sellout.portal.tasks;

/** Planned, or done (and then its result). */
public enum InteractionState {

	PLANNED, DONE

}
