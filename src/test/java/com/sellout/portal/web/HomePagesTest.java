package com.sellout.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sellout.portal.calendar.Scorecard;
import com.sellout.portal.calendar.Scorecards;
import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.calendar.scorecards.ScorecardFixture;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.ingest.Deliveries;
import com.sellout.portal.ingest.DeliveryStatus;
import com.sellout.portal.sellout.OpenExceptions;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home pages' items with their counts, each linking to where it is done: the
 * distributor's cabinet (what it owes, its exception lines, the clients found in its
 * sell-out, its place in the scorecard — its own only) and the manufacturer's overview
 * (the month's late, overdue and missing reports, the owed list, open exceptions,
 * quarantined mail).
 */
class HomePagesTest extends PortalTest {

	@Autowired
	private Submissions submissions;

	@Autowired
	private Scorecards scorecards;

	@Autowired
	private UserAccounts users;

	@Autowired
	private ClientDirectory clients;

	@Autowired
	private OpenExceptions exceptions;

	@Autowired
	private Deliveries deliveries;

	@BeforeEach
	void fixture() {
		ScorecardFixture.ensure(jdbc, users, submissions, clients, this::asSystem);
	}

	@Test
	void theCabinetSaysWhatTheDistributorOwesAndLinksToWhereItIsDone() {
		long home = distributorId(ScorecardFixture.HOME);
		Instant now = Clock.systemUTC().instant();
		List<Submission> owed = asUser("schome.admin",
				() -> submissions.find(new SubmissionFilter(null, null, home, null, null), now))
			.stream()
			.filter(s -> s.state().isOwed() || s.state() == SubmissionState.WAITING_FOR_YOU
					|| s.state() == SubmissionState.CORRECTION_REQUESTED)
			.toList();
		// three months back it sent on time; two months back is missing whatever today is
		YearMonth twoBack = YearMonth.from(now.atOffset(ZoneOffset.ofHours(3))).minusMonths(2);
		assertThat(owed).anySatisfy(s -> {
			assertThat(s.period()).isEqualTo(twoBack);
			assertThat(s.state()).isEqualTo(SubmissionState.MISSING);
		});
		Scorecard card = asUser("schome.admin", () -> scorecards.of(home));

		String page = browser().loggedInAs("schome.admin", ScorecardFixture.PASSWORD).get("/").body();
		assertThat(page).contains("Что сделать сейчас");
		assertThat(count(page, "owed-row")).isEqualTo(owed.size());
		assertThat(page).contains("Не сдан");
		assertThat(number(page, "exceptions-count")).isEqualTo(1); // its own one line
		assertThat(page).contains("отчётов с ошибками: 1")
			.contains("href=\"/sellout/reports?status=ACCEPTED_WITH_EXCEPTIONS\"");
		assertThat(number(page, "new-clients-count")).isEqualTo(2);
		assertThat(page).contains("href=\"/clients?status=NEW\"");
		assertThat(page).contains(card.rank() + " из " + card.ranked())
			.contains("href=\"/calendar/scorecards/SCHOME\"")
			.contains("href=\"/sellout/upload\"");
		assertThat(page).contains("data-testid=\"next-report\"").contains("data-testid=\"next-due\"");
		// nothing of the manufacturer's, nothing of another distributor
		assertThat(page).doesNotContain("quarantine-tile").doesNotContain(ScorecardFixture.B);
		assertThat(page).contains("data-testid=\"sales-card-slot\"");
	}

	@Test
	void theOverviewCountsTheMonthsReportsByStateAndListsWhatIsOwed() {
		Instant now = Clock.systemUTC().instant();
		YearMonth period = YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(1);
		List<Submission> month = asUser("analyst",
				() -> submissions.find(new SubmissionFilter(period, period, null, null, null), now));
		long owed = asUser("analyst",
				() -> submissions
					.find(new SubmissionFilter(period.minusMonths(11), period.plusMonths(1), null, null, null), now))
			.stream()
			.filter(s -> s.state().isOwed())
			.count();
		OpenExceptions.Count open = asUser("analyst", () -> exceptions.count());
		long quarantined = asUser("analyst",
				() -> deliveries
					.find(new Deliveries.Filter(null, null, DeliveryStatus.QUARANTINED),
							new ListQuery(null, null, false, 0, 1))
					.total());

		String page = browser().loggedInAs("analyst", "demo").get("/").body();
		for (SubmissionState state : List.of(SubmissionState.LATE, SubmissionState.OVERDUE, SubmissionState.MISSING,
				SubmissionState.WAITING_FOR_YOU, SubmissionState.ON_TIME)) {
			assertThat(number(page, "count-" + state)).as(state.name())
				.isEqualTo(month.stream().filter(s -> s.state() == state).count());
			assertThat(page).contains("/calendar/board?period=" + period + "&amp;state=" + state);
		}
		assertThat(count(page, "owed-row")).isEqualTo((int) Math.min(owed, 8));
		if (owed > 8) {
			assertThat(page).contains("и ещё " + (owed - 8));
		}
		assertThat(owed).as("SCHOME owes a month at least").isPositive();
		assertThat(number(page, "exceptions-count")).isEqualTo(open.lines());
		assertThat(open.lines()).isGreaterThanOrEqualTo(1);
		assertThat(number(page, "quarantine-count")).isEqualTo(quarantined);
		assertThat(page).contains("href=\"/deliveries?status=QUARANTINED\"").contains("href=\"/calendar/board\"");
		// what the overview showed before stays
		assertThat(page).contains("data-testid=\"active-distributors\"").contains("data-testid=\"sales-card-slot\"");
	}

	private static long number(String page, String testId) {
		Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>\\s*(?:<[^>]+>\\s*)*([0-9]+)").matcher(page);
		assertThat(m.find()).as(testId + " shown").isTrue();
		return Long.parseLong(m.group(1));
	}

	private static int count(String page, String testId) {
		return page.split("data-testid=\"" + testId + "\"", -1).length - 1;
	}

}
