package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The scorecards, computed when asked: the rank needs every active distributor's figures,
 * so they are computed across all distributors whoever asks — and a distributor's user
 * gets back its own scorecard alone (its place and the count, nothing of the others);
 * asking for another's is "not found", as if it did not exist.
 */
@Service
class ScorecardService implements Scorecards {

	private final Submissions submissions;

	private final Distributors distributors;

	private final ScorecardQueries queries;

	private final ScopedTransactions transactions;

	private final Clock clock;

	ScorecardService(Submissions submissions, Distributors distributors, ScorecardQueries queries,
			ScopedTransactions transactions, Clock clock) {
		this.submissions = submissions;
		this.distributors = distributors;
		this.queries = queries;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Scorecard of(long distributorId, Instant now) {
		DataScope scope = DataScopes.current();
		if (!scope.allDistributors() && !Objects.equals(scope.distributorId(), distributorId)) {
			throw new NotFoundException();
		}
		return ranked(now).stream()
			.filter(s -> s.distributorId() == distributorId)
			.findFirst()
			.or(() -> inactive(distributorId))
			.orElseThrow(NotFoundException::new);
	}

	@Override
	public Scorecard of(long distributorId) {
		return of(distributorId, clock.instant());
	}

	@Override
	public List<Scorecard> all(Instant now) {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("The manufacturer's list of scorecards");
		}
		return ranked(now);
	}

	@Override
	public List<Scorecard> all() {
		return all(clock.instant());
	}

	/** Every active distributor's scorecard, ranked, read across all distributors. */
	private List<Scorecard> ranked(Instant now) {
		return transactions.callAs(DataScope.ALL_DISTRIBUTORS, () -> {
			// the periods any window can reach: 12 back from the newest month anywhere,
			// plus one for a zone ahead of UTC
			YearMonth to = YearMonth.from(now.atOffset(ZoneOffset.UTC)).plusMonths(1);
			YearMonth from = to.minusMonths(ScorecardFigures.PERIODS + 1);
			Map<Long, List<Submission>> byDistributor = submissions
				.find(new SubmissionFilter(from, to, null, null, null), now)
				.stream()
				.collect(Collectors.groupingBy(Submission::distributorId));
			Map<Long, Map<YearMonth, ScorecardFigures.LineCounts>> lines = queries.lines(from, to);
			Map<Long, Map<YearMonth, BigDecimal>> gaps = queries.sisoGaps(from, to);
			List<Scorecard> cards = new ArrayList<>();
			for (Distributor d : distributors.all()) {
				if (!d.active()) {
					continue;
				}
				List<Submission> own = byDistributor.getOrDefault(d.id(), List.of());
				cards.add(ScorecardFigures.of(d.id(), d.code(), d.name(), own, lines.getOrDefault(d.id(), Map.of()),
						gaps.getOrDefault(d.id(), Map.of()), now));
			}
			return ScorecardRanking.rank(cards);
		});
	}

	/** A distributor no longer active: known, unranked, nothing counted. */
	private Optional<Scorecard> inactive(long distributorId) {
		return distributors.find(distributorId)
			.map(d -> new Scorecard(d.id(), d.code(), d.name(), null, null, null, null, null, null, null, List.of(), 0,
					0));
	}

}
