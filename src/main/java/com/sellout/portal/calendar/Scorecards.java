package com.sellout.portal.calendar;

import java.time.Instant;
import java.util.List;

/**
 * Distributors' scorecards. A distributor's user gets its own only, with its place and
 * the count of ranked distributors, never others' names or figures.
 */
public interface Scorecards {

	/**
	 * The distributor's scorecard; another distributor's, asked by a distributor's user,
	 * is {@link com.sellout.portal.shared.NotFoundException not found}.
	 */
	Scorecard of(long distributorId, Instant now);

	Scorecard of(long distributorId);

	/**
	 * Every active distributor's scorecard, best first: the manufacturer's list (a
	 * distributor's user is refused).
	 */
	List<Scorecard> all(Instant now);

	List<Scorecard> all();

}
