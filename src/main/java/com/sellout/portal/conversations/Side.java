package com.sellout.portal.conversations;

/** Which side of a thread a person writes for. */
public enum Side {

	MANUFACTURER, DISTRIBUTOR

}
