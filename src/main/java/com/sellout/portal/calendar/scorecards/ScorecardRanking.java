package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.sellout.portal.calendar.Scorecard;
import org.jspecify.annotations.Nullable;

/**
 * The rank: by on-time rate, then completeness, then the share of lines accepted, each
 * higher first. Distributors with equal figures share a place (the next place skips, as
 * in a race: 1, 1, 3). A distributor with nothing past due yet has no rate and is not
 * ranked (rank 0) and not counted.
 */
public final class ScorecardRanking {

	private static final Comparator<@Nullable BigDecimal> HIGHER_FIRST = Comparator
		.nullsLast(Comparator.<BigDecimal>reverseOrder());

	/** Better first; equal figures compare as equal. */
	static final Comparator<Scorecard> ORDER = Comparator.comparing(Scorecard::onTimeRate, HIGHER_FIRST)
		.thenComparing(Scorecard::completeness, HIGHER_FIRST)
		.thenComparing(Scorecard::linesAccepted, HIGHER_FIRST);

	private ScorecardRanking() {
	}

	/**
	 * The scorecards with their place and the count of ranked distributors, best first
	 * (the unranked last, by code).
	 */
	public static List<Scorecard> rank(List<Scorecard> scorecards) {
		List<Scorecard> ranked = scorecards.stream().filter(ScorecardRanking::rankable).sorted(ORDER).toList();
		int count = ranked.size();
		List<Scorecard> placed = ranked.stream()
			.map(s -> with(s, 1 + (int) ranked.stream().filter(o -> ORDER.compare(o, s) < 0).count(), count))
			.toList();
		List<Scorecard> unranked = scorecards.stream()
			.filter(s -> !rankable(s))
			.sorted(Comparator.comparing(Scorecard::distributorCode))
			.map(s -> with(s, 0, count))
			.toList();
		return Stream.concat(placed.stream(), unranked.stream()).toList();
	}

	private static boolean rankable(Scorecard scorecard) {
		return scorecard.onTimeRate() != null;
	}

	private static Scorecard with(Scorecard s, int rank, int ranked) {
		return new Scorecard(s.distributorId(), s.distributorCode(), s.distributorName(), s.onTimeRate(),
				s.completeness(), s.medianDelayDays(), s.linesAccepted(), s.productsResolved(), s.validInn(),
				s.sisoGap(), s.trend(), rank, ranked);
	}

}
