package com.sellout.portal.ingest;

/** Where a delivery stands. */
public enum DeliveryStatus {
	/** Stored; its reports are being processed. */
	RECEIVED,
	/** Every file was processed (some reports may have exceptions), and the sender was answered. */
	PROCESSED,
	/** Nothing in it could be imported; the sender was told why. */
	REJECTED,
	/** Mail from a sender no integration account knows: kept aside for the manufacturer, never imported. */
	QUARANTINED
}
