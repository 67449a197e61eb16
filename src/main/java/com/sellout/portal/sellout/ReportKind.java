package com.sellout.portal.sellout;

/**
 * What a distributor's report tells: what it sold (sell-out, one active report per month)
 * or what it holds in stock on a date (остатки, one active report per as-of date). Both
 * kinds come through the same door and channels, are stored and versioned the same way,
 * and publish the same report events, which say their kind.
 */
public enum ReportKind {

	SELLOUT, STOCK

}
