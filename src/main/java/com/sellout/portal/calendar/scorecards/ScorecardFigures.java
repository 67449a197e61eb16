package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import org.jspecify.annotations.Nullable;

/**
 * The scorecard's arithmetic, without a database: which periods count (the last 12 with a
 * submission past due), the on-time rate and completeness of their past-due submissions,
 * the median delay of the met ones, the shares of the lines of their active sell-out
 * reports, the trend per period. Ranking is {@link ScorecardRanking}'s.
 */
public final class ScorecardFigures {

	/** How many periods a scorecard looks back over. */
	public static final int PERIODS = 12;

	private static final int SHARE_SCALE = 4;

	private static final BigDecimal MINUTES_A_DAY = BigDecimal.valueOf(24 * 60);

	private ScorecardFigures() {
	}

	/**
	 * The lines of a distributor's active sell-out reports: all of them, those accepted,
	 * those whose product resolved without a person, those with a valid ИНН.
	 */
	public record LineCounts(long lines, long accepted, long productsResolved, long validInn) {

		public static final LineCounts NONE = new LineCounts(0, 0, 0, 0);

		public LineCounts plus(LineCounts other) {
			return new LineCounts(lines + other.lines, accepted + other.accepted,
					productsResolved + other.productsResolved, validInn + other.validInn);
		}

	}

	/** Whether the submission's due time has come at {@code now}. */
	public static boolean pastDue(Submission submission, Instant now) {
		return !submission.dueAt().toInstant().isAfter(now);
	}

	/**
	 * The periods a scorecard counts: the newest {@link #PERIODS} with a submission past
	 * due, oldest first.
	 */
	public static List<YearMonth> window(List<Submission> submissions, Instant now) {
		return submissions.stream()
			.filter(s -> pastDue(s, now))
			.map(Submission::period)
			.distinct()
			.sorted(Comparator.reverseOrder())
			.limit(PERIODS)
			.sorted()
			.toList();
	}

	/**
	 * One distributor's scorecard, unranked (rank 0 of 0): its submissions (any period;
	 * those past due in the window count), the lines of its active sell-out reports per
	 * period, its SISO gap per month with reported stock (the newest in the window is
	 * shown).
	 */
	public static Scorecard of(long distributorId, String code, String name, List<Submission> submissions,
			Map<YearMonth, LineCounts> linesPerPeriod, Map<YearMonth, BigDecimal> sisoGaps, Instant now) {
		List<YearMonth> window = window(submissions, now);
		BigDecimal sisoGap = null;
		for (YearMonth period : window) {
			sisoGap = sisoGaps.getOrDefault(period, sisoGap); // the newest month wins
		}
		Map<YearMonth, List<Submission>> byPeriod = new TreeMap<>();
		window.forEach(period -> byPeriod.put(period, new ArrayList<>()));
		submissions.stream()
			.filter(s -> pastDue(s, now) && byPeriod.containsKey(s.period()))
			.forEach(s -> byPeriod.get(s.period()).add(s));
		List<Submission> counted = byPeriod.values().stream().flatMap(List::stream).toList();
		LineCounts lines = window.stream()
			.map(period -> linesPerPeriod.getOrDefault(period, LineCounts.NONE))
			.reduce(LineCounts.NONE, LineCounts::plus);
		List<Scorecard.Trend> trend = byPeriod.entrySet()
			.stream()
			.map(e -> new Scorecard.Trend(e.getKey(), onTimeRate(e.getValue()), completeness(e.getValue())))
			.toList();
		return new Scorecard(distributorId, code, name, onTimeRate(counted), completeness(counted),
				medianDelayDays(counted), share(lines.accepted(), lines.lines()),
				share(lines.productsResolved(), lines.lines()), share(lines.validInn(), lines.lines()), sisoGap, trend,
				0, 0);
	}

	/** ON_TIME of the submissions; null for none. */
	static @Nullable BigDecimal onTimeRate(List<Submission> pastDue) {
		return share(pastDue.stream().filter(s -> s.state() == SubmissionState.ON_TIME).count(), pastDue.size());
	}

	/** Met (on time or late) of the submissions; null for none. */
	static @Nullable BigDecimal completeness(List<Submission> pastDue) {
		return share(pastDue.stream().filter(s -> s.state().isMet()).count(), pastDue.size());
	}

	/**
	 * The median of accepted time − due time over the met submissions, in days to two
	 * decimals (negative: early); null when none is met.
	 */
	static @Nullable BigDecimal medianDelayDays(List<Submission> submissions) {
		List<BigDecimal> delays = submissions.stream()
			.filter(s -> s.state().isMet() && s.acceptedAt() != null)
			.map(s -> BigDecimal.valueOf(Duration.between(s.dueAt(), s.acceptedAt()).toMinutes()))
			.sorted()
			.toList();
		if (delays.isEmpty()) {
			return null;
		}
		int middle = delays.size() / 2;
		BigDecimal minutes = delays.size() % 2 == 1 ? delays.get(middle)
				: delays.get(middle - 1).add(delays.get(middle)).divide(BigDecimal.valueOf(2));
		return minutes.divide(MINUTES_A_DAY, 2, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal share(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
	}

}
