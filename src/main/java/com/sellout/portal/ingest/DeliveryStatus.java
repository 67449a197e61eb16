package com.sellout.portal.ingest;

/** Where a delivery stands. */
public enum DeliveryStatus {

	/** Stored; its reports are being processed. */
	RECEIVED,
	/**
	 * Every file was processed (some reports may have exceptions), and the sender was
	 * answered.
	 */
	PROCESSED,
	/** Nothing in it could be imported; the sender was told why. */
	REJECTED,
	/**
	 * Mail no integration account could be recognised for (or a forged one): kept aside
	 * with its original for the manufacturer's administrator, who releases it to an
	 * account or discards it.
	 */
	QUARANTINED,
	/**
	 * A quarantined message the manufacturer's administrator discarded: listed, its
	 * original dropped.
	 */
	DISCARDED

}
