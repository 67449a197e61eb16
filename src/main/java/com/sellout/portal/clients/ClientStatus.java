package com.sellout.portal.clients;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a client stands: found in sell-out (NEW), registered by a distributor and
 * awaiting the manufacturer (ON_REVIEW), then ACTIVE or REJECTED; an active client can be
 * BLOCKED or ARCHIVED and brought back.
 */
public enum ClientStatus {

	NEW, ON_REVIEW, ACTIVE, REJECTED, BLOCKED, ARCHIVED;

	/** The statuses the manufacturer may move a client to from this one. */
	public Set<ClientStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(ON_REVIEW, ACTIVE, REJECTED);
			case ON_REVIEW -> EnumSet.of(ACTIVE, REJECTED);
			case ACTIVE -> EnumSet.of(BLOCKED, ARCHIVED);
			case BLOCKED, ARCHIVED -> EnumSet.of(ACTIVE);
			case REJECTED -> EnumSet.of(ON_REVIEW);
		};
	}

	/**
	 * A status that takes a client out of work — blocked, archived, rejected: asked to be
	 * confirmed, with a reason.
	 */
	public boolean isDestructive() {
		return this == BLOCKED || this == ARCHIVED || this == REJECTED;
	}

	public boolean canBecome(ClientStatus target) {
		return next().contains(target);
	}

}
