package com.sellout.portal.calendar;

/**
 * The reporting terms: the defaults for all, and each distributor's own where it has
 * them.
 */
public interface ReportingRules {

	ReportingRule defaults();

	/** The distributor's terms: its override, or the defaults. */
	ReportingRule of(long distributorId);

}
