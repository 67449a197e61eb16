package com.sellout.portal.calendar;

import java.time.Instant;

/**
 * Distributors' scorecards. A distributor's user gets its own only, with its place and
 * the count of ranked distributors, never others' names or figures.
 */
public interface Scorecards {

	Scorecard of(long distributorId, Instant now);

	Scorecard of(long distributorId);

}
