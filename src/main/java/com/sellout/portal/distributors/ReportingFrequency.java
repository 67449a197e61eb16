package com.sellout.portal.distributors;

/** How often a distributor must send its sell-out report. */
public enum ReportingFrequency {

	MONTHLY, WEEKLY, QUARTERLY

}
