package com.sellout.portal.sellout.internal;

import java.util.Optional;

import com.sellout.portal.sellout.ReportStatus;

/**
 * The decision {@link Supersession#settle} takes for a processed report, apart from the
 * SQL that carries it out: of two reports of one distributor and period, the
 * later-received one (the higher id) is the active one, whichever finished processing
 * first.
 *
 * @param status the processed report's status
 * @param supersededBy the later report that stays active, when this one arrived too late
 * to be
 * @param replaced the earlier active report this one supersedes, if there was one
 */
record Settlement(ReportStatus status, Long supersededBy, Long replaced) {

	/**
	 * @param reportId the processed report
	 * @param otherActive the period's other active report, if any
	 * @param exceptions how many of the report's lines are exceptions
	 */
	static Settlement of(long reportId, Optional<Long> otherActive, int exceptions) {
		ReportStatus accepted = exceptions > 0 ? ReportStatus.ACCEPTED_WITH_EXCEPTIONS : ReportStatus.ACCEPTED;
		if (otherActive.isEmpty()) {
			return new Settlement(accepted, null, null);
		}
		long active = otherActive.get();
		if (active > reportId) {
			return new Settlement(ReportStatus.SUPERSEDED, active, null); // a later
																			// report of
																			// the period
																			// was
																			// accepted
																			// first
		}
		return new Settlement(accepted, null, active);
	}

}
