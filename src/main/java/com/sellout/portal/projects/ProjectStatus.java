package com.sellout.portal.projects;

/**
 * Where a project is: a draft ({@code NEW}), submitted and waiting for the manufacturer
 * ({@code ON_REVIEW}), protected for its distributor ({@code APPROVED}), refused with a
 * reason ({@code REJECTED}), won or lost by the distributor, or expired when its
 * protection ended without an outcome.
 */
public enum ProjectStatus {

	NEW, ON_REVIEW, APPROVED, REJECTED, WON, LOST, EXPIRED;

	/**
	 * Whether another distributor's project conflicts with this one (ON_REVIEW,
	 * APPROVED).
	 */
	public boolean active() {
		return this == ON_REVIEW || this == APPROVED;
	}

}
