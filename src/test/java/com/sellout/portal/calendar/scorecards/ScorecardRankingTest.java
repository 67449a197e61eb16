package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.util.List;

import com.sellout.portal.calendar.Scorecard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rank: on-time rate, then completeness, then lines accepted; equal figures share a
 * place, and a distributor with nothing past due is not ranked.
 */
class ScorecardRankingTest {

	private static Scorecard card(String code, String onTime, String completeness, String lines) {
		return new Scorecard(code.hashCode(), code, code, decimal(onTime), decimal(completeness), null, decimal(lines),
				null, null, null, List.of(), 0, 0);
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

	@Test
	void onTimeRateThenCompletenessThenLinesAcceptedDecide() {
		List<Scorecard> ranked = ScorecardRanking.rank(List.of(card("A", "0.8", "0.9", "0.95"),
				card("B", "0.8", "0.9", "0.99"), card("C", "0.9", "0.5", "0.1"), card("D", "0.80", "0.900", "0.9500"),
				card("E", null, null, null), card("F", "0.8", null, null), card("G", "0.8", "0.95", "0.5")));
		assertThat(ranked).extracting(Scorecard::distributorCode, Scorecard::rank, Scorecard::ranked)
			.containsExactly(tuple("C", 1, 6), tuple("G", 2, 6), tuple("B", 3, 6), tuple("A", 4, 6), tuple("D", 4, 6),
					tuple("F", 6, 6), tuple("E", 0, 6));
	}

	@Test
	void aLoneDistributorIsFirstOfOne() {
		assertThat(ScorecardRanking.rank(List.of(card("A", "0", "0", null))))
			.extracting(Scorecard::rank, Scorecard::ranked)
			.containsExactly(tuple(1, 1));
	}

}
