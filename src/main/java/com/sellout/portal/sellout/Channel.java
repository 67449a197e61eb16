package com.sellout.portal.sellout;

/** How a report reached the portal. Every channel feeds the same pipeline. */
public enum Channel {

	PORTAL, API, FTP, EMAIL, ONEC_EXCHANGE;

	/**
	 * Whether a person is there to choose a period or confirm a layout; else such a
	 * report is rejected.
	 */
	public boolean hasPerson() {
		return this == PORTAL || this == API;
	}

}
