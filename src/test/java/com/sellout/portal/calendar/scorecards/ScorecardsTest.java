package com.sellout.portal.calendar.scorecards;

import java.math.BigDecimal;
import java.util.List;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.sellout.portal.calendar.scorecards.ScorecardFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scorecards against the hand case of {@link ScorecardFixture}, read from the reports
 * and lines as stored, the submissions as the calendar finds them and the channel
 * inventory; the rank among every distributor; a distributor's user gets its own only.
 */
class ScorecardsTest extends PortalTest {

	@Autowired
	private Scorecards scorecards;

	@Autowired
	private Submissions submissions;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ClientDirectory clients;

	@BeforeEach
	void fixture() {
		ScorecardFixture.ensure(jdbc, users, submissions, clients, this::asSystem);
		asSystem(() -> {
			ScorecardFixture.stock(jdbc, distributorId(ScorecardFixture.A));
			return null;
		});
	}

	@Test
	void theSubmissionsAreThoseTheHandCaseMeans() {
		long a = distributorId(ScorecardFixture.A);
		assertThat(asSystem(() -> submissions.find(new SubmissionFilter(null, null, a, null, null), NOW)).stream()
			.map(s -> s.period() + " " + s.state())
			.toList()).containsExactly("2045-01 ON_TIME", "2045-02 ON_TIME", "2045-03 LATE", "2045-04 MISSING",
					"2045-05 EXPECTED");
	}

	@Test
	void theFiguresAreThoseComputedByHand() {
		Scorecard a = asUser("admin", () -> scorecards.of(distributorId(ScorecardFixture.A), NOW));
		assertThat(a.distributorCode()).isEqualTo(ScorecardFixture.A);
		// January (its first version two days early decides), February on time, March
		// late, April missing; May is not due yet
		assertThat(a.onTimeRate()).isEqualByComparingTo("0.5");
		assertThat(a.completeness()).isEqualByComparingTo("0.75");
		assertThat(a.medianDelayDays()).isEqualByComparingTo("-1.00"); // of −2, −1, +3
		// nine lines in the active reports (the superseded January's not counted): 7
		// accepted, 5 resolved by the portal alone, 6 with a valid ИНН
		assertThat(a.linesAccepted()).isEqualByComparingTo("0.7778");
		assertThat(a.productsResolved()).isEqualByComparingTo("0.5556");
		assertThat(a.validInn()).isEqualByComparingTo("0.6667");
		assertThat(a.sisoGap()).isEqualByComparingTo("-0.0500"); // March: −5 of 100
		assertThat(a.trend()).extracting(t -> t.period().toString())
			.containsExactly("2045-01", "2045-02", "2045-03", "2045-04");
		assertThat(a.trend()).extracting(Scorecard.Trend::onTimeRate)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(a.trend().get(2).completeness()).isEqualByComparingTo("1");

		Scorecard b = asUser("admin", () -> scorecards.of(distributorId(ScorecardFixture.B), NOW));
		assertThat(b.onTimeRate()).isEqualByComparingTo("0.25");
		assertThat(b.completeness()).isEqualByComparingTo("0.25");
		assertThat(b.linesAccepted()).isEqualByComparingTo("1");
		assertThat(b.sisoGap()).as("no stock reports").isNull();

		Scorecard c = asUser("admin", () -> scorecards.of(distributorId(ScorecardFixture.C), NOW));
		assertThat(c.onTimeRate()).as("nothing past due yet").isNull();
		assertThat(c.rank()).as("not ranked").isZero();
	}

	@Test
	void theRankOrdersEveryActiveDistributorAndEachPlaceCountsThoseStrictlyBetter() {
		List<Scorecard> all = asUser("analyst", () -> scorecards.all(NOW));
		List<Scorecard> ranked = all.stream().filter(s -> s.rank() > 0).toList();
		assertThat(ranked).isNotEmpty();
		assertThat(all).allSatisfy(s -> assertThat(s.ranked()).isEqualTo(ranked.size()));
		for (Scorecard card : ranked) {
			long better = ranked.stream().filter(o -> ScorecardRanking.ORDER.compare(o, card) < 0).count();
			assertThat(card.rank()).as(card.distributorCode()).isEqualTo(1 + (int) better);
		}
		Scorecard a = find(all, ScorecardFixture.A);
		Scorecard b = find(all, ScorecardFixture.B);
		assertThat(a.rank()).isLessThan(b.rank());
		assertThat(all.indexOf(a)).isLessThan(all.indexOf(b));
		assertThat(find(all, ScorecardFixture.C).rank()).isZero();
	}

	@Test
	void aDistributorsUserGetsItsOwnPlaceAndCountAndNothingOfAnother() {
		long a = distributorId(ScorecardFixture.A);
		long b = distributorId(ScorecardFixture.B);
		List<Scorecard> all = asUser("admin", () -> scorecards.all(NOW));
		Scorecard own = asUser("sc45b.admin", () -> scorecards.of(b, NOW));
		assertThat(own.rank()).isEqualTo(find(all, ScorecardFixture.B).rank());
		assertThat(own.ranked()).isEqualTo(find(all, ScorecardFixture.B).ranked());
		assertThat(own.onTimeRate()).isEqualByComparingTo("0.25");
		assertThatThrownBy(() -> asUser("sc45b.admin", () -> scorecards.of(a, NOW)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asUser("sc45b.admin", () -> scorecards.of(Long.MAX_VALUE, NOW)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asUser("sc45b.admin", () -> scorecards.all(NOW)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static Scorecard find(List<Scorecard> all, String code) {
		return all.stream().filter(s -> s.distributorCode().equals(code)).findFirst().orElseThrow();
	}

}
