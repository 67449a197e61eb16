package com.sellout.portal.sellout;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/** Where a sell-out report is on its way from bytes received to lines counted. */
public enum ReportStatus {

	RECEIVED, PROCESSING, NEEDS_MAPPING, ACCEPTED, ACCEPTED_WITH_EXCEPTIONS, REJECTED, SUPERSEDED,
	/** An incremental delivery whose documents joined the report of their period. */
	MERGED,
	/**
	 * Taken back by an administrator: its lines no longer count, and its period has no
	 * active report.
	 */
	WITHDRAWN;

	/** The statuses of the one report of a distributor and period whose lines count. */
	public static final Set<ReportStatus> ACTIVE = Set.of(ACCEPTED, ACCEPTED_WITH_EXCEPTIONS);

	/** The statuses of a report still on its way: received, or being processed. */
	public static final Set<ReportStatus> UNFINISHED = Set.of(RECEIVED, PROCESSING);

	/**
	 * The statuses' names as one statement parameter, {@code status = any(?)}: statuses
	 * reach SQL from this enum only, never as literals in a statement.
	 */
	public static String[] names(Collection<ReportStatus> statuses) {
		return statuses.stream().map(ReportStatus::name).sorted().toArray(String[]::new);
	}

	public static String[] names(ReportStatus... statuses) {
		return names(Arrays.asList(statuses));
	}

	public boolean isFinished() {
		return this != RECEIVED && this != PROCESSING;
	}

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	/**
	 * A version that counted once and no longer does: read-only, and it may be made
	 * current again.
	 */
	public boolean isFormerVersion() {
		return this == SUPERSEDED || this == WITHDRAWN;
	}

}
