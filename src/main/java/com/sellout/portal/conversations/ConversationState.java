package com.sellout.portal.conversations;

/**
 * Where a thread stands: {@code OPEN} waits for the other side's answer, {@code ANSWERED}
 * has it (the last message is the other side's), {@code RESOLVED} was closed by someone —
 * a new message opens it again. Internal notes change nothing.
 */
public enum ConversationState {

	OPEN, ANSWERED, RESOLVED

}
