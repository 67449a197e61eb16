package com.sellout.portal.tasks;

/** How people met: a call, a meeting, a visit, an e-mail. */
public enum InteractionKind {

	CALL, MEETING, VISIT, EMAIL

}
