package com.sellout.portal.sellout;

import java.util.Set;

/** Where a sell-out report is on its way from bytes received to lines counted. */
public enum ReportStatus {

	RECEIVED, PROCESSING, NEEDS_MAPPING, ACCEPTED, ACCEPTED_WITH_EXCEPTIONS, REJECTED, SUPERSEDED,
	/** An incremental delivery whose documents joined the report of their period. */
	MERGED;

	/** The statuses of the one report of a distributor and period whose lines count. */
	public static final Set<ReportStatus> ACTIVE = Set.of(ACCEPTED, ACCEPTED_WITH_EXCEPTIONS);

	public boolean isFinished() {
		return this != RECEIVED && this != PROCESSING;
	}

}
