package com.sellout.portal.conversations;

/** What a thread is about. */
public enum AboutType {

	REPORT, LINE, CLIENT, PERIOD, STOCK, GENERAL, PROJECT;

	/**
	 * Whether a thread of this kind is about one client (a restricted manager's test).
	 */
	public boolean namesClient() {
		return this == LINE || this == CLIENT;
	}

}
