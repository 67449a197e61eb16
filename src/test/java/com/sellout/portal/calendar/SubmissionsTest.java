package com.sellout.portal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.sellout.portal.calendar.internal.ReportingTerms;
import com.sellout.portal.distributors.ReportingFrequency;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.NoSalesReplacesLinesException;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.ReportStatus;
import com.sellout.portal.sellout.ReportVersions;
import com.sellout.portal.sellout.SellOutIntake;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The expected submissions over real reports, with the clock the test sets: a month of
 * holidays and transfers through every state (grace included), supersession, withdrawal
 * and a later acceptance, a weekly and a quarterly distributor, a distributor far from
 * Moscow, stock expected, a correction asked, and one distributor's user seeing nothing
 * of another's. Times a version was accepted are moved to the instant each case needs.
 */
class SubmissionsTest extends PortalTest {

	@Autowired
	private Submissions submissions;

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private ReportVersions versions;

	@Autowired
	private ReportingTerms terms;

	@Autowired
	private UserAccounts users;

	@BeforeEach
	void distributors() {
		CalendarFixture.ensure(jdbc, users, this::asSystem);
	}

	private List<Submission> find(String code, YearMonth period, String now) {
		long id = distributorId(code);
		return asSystem(() -> submissions.find(new SubmissionFilter(period, period, id, null, null),
				OffsetDateTime.parse(now).toInstant()));
	}

	private Submission one(String code, YearMonth period, String now) {
		List<Submission> found = find(code, period, now);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void aMonthOfHolidaysGoesThroughEveryStateAndAWithdrawalMakesItOwedAgain() {
		YearMonth february = YearMonth.of(2026, 2);
		// the 5th working day after 28 February (a Saturday) is 6 March; the grace of 3
		// working days skips 9 March, the carry-over of 8 March
		Submission expected = one("CAL20M", february, "2026-03-06T23:59+03:00");
		assertThat(expected.state()).isEqualTo(SubmissionState.EXPECTED);
		assertThat(expected.kind()).isEqualTo(ReportKind.SELLOUT);
		assertThat(expected.dueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(expected.dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T00:00+03:00"));
		assertThat(expected.graceEndsAt()).isEqualTo(OffsetDateTime.parse("2026-03-13T00:00+03:00"));
		assertThat(expected.reportId()).isNull();
		assertThat(one("CAL20M", february, "2026-03-07T00:00+03:00").state()).isEqualTo(SubmissionState.OVERDUE);
		assertThat(one("CAL20M", february, "2026-03-12T23:59+03:00").state()).isEqualTo(SubmissionState.OVERDUE);
		assertThat(one("CAL20M", february, "2026-03-13T00:00+03:00").state()).isEqualTo(SubmissionState.MISSING);

		long first = asSystem(() -> CalendarFixture.accept(intake, distributorId("CAL20M"), february, 2));
		asSystem(() -> {
			CalendarFixture.acceptedAt(jdbc, first, "2026-03-06T23:59+03:00");
			return null;
		});
		Submission onTime = one("CAL20M", february, "2026-03-20T12:00+03:00");
		assertThat(onTime.state()).isEqualTo(SubmissionState.ON_TIME);
		assertThat(onTime.reportId()).isEqualTo(first);
		assertThat(onTime.reportStatus()).isIn(ReportStatus.ACCEPTED, ReportStatus.ACCEPTED_WITH_EXCEPTIONS);
		assertThat(onTime.acceptedAt()).isEqualTo(OffsetDateTime.parse("2026-03-06T23:59+03:00"));
		assertThat(onTime.receivedAt()).isNotNull();
		assertThat(onTime.noSales()).isFalse();

		// a newer version: the first one still decides
		long second = asSystem(() -> CalendarFixture.accept(intake, distributorId("CAL20M"), february, 3));
		Instant afterBoth = Instant.now().plusSeconds(60);
		Submission superseded = one("CAL20M", february, afterBoth.toString());
		assertThat(superseded.state()).isEqualTo(SubmissionState.ON_TIME);
		assertThat(superseded.reportId()).isEqualTo(second);

		// withdrawn with nothing left: owed again, missing after the grace
		asUser("cal20m.admin", () -> versions.withdraw(second));
		Submission owed = one("CAL20M", february, Instant.now().plusSeconds(60).toString());
		assertThat(owed.state()).isEqualTo(SubmissionState.MISSING);
		assertThat(owed.reportId()).as("the latest received").isEqualTo(second);
		assertThat(owed.reportStatus()).isEqualTo(ReportStatus.WITHDRAWN);

		// a later acceptance then decides: late
		long third = asSystem(() -> CalendarFixture.accept(intake, distributorId("CAL20M"), february, 4));
		Submission late = one("CAL20M", february, Instant.now().plusSeconds(60).toString());
		assertThat(late.state()).isEqualTo(SubmissionState.LATE);
		assertThat(late.reportId()).isEqualTo(third);
	}

	@Test
	void aReportAcceptedWithinTheGraceIsLateAndMonthsRunFromTheContractStart() {
		YearMonth march = YearMonth.of(2026, 3);
		// due the 5th working day after 31 March: 7 April; the grace ends with 10 April
		long report = asSystem(() -> CalendarFixture.accept(intake, distributorId("CAL20M"), march, 1));
		asSystem(() -> {
			CalendarFixture.acceptedAt(jdbc, report, "2026-04-09T10:00+03:00");
			return null;
		});
		Submission late = one("CAL20M", march, "2026-04-09T12:00+03:00");
		assertThat(late.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(late.state()).isEqualTo(SubmissionState.LATE);
		assertThat(one("CAL20M", march, "2026-04-09T09:00+03:00").state()).isEqualTo(SubmissionState.OVERDUE);

		long id = distributorId("CAL20M");
		List<Submission> all = asSystem(() -> submissions.find(new SubmissionFilter(null, null, id, null, null),
				OffsetDateTime.parse("2026-04-15T12:00+03:00").toInstant()));
		assertThat(all).extracting(Submission::period)
			.containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), march, YearMonth.of(2026, 4));
	}

	@Test
	void aWeeklyDistributorOwesEachWeekMetByAVersionAcceptedSinceItBegan() {
		YearMonth may = YearMonth.of(2026, 5);
		long id = distributorId("CAL20W");
		assertThat(asSystem(() -> jdbc.sql("select reporting_frequency from distributors where id = ?")
			.param(id)
			.query(String.class)
			.single())).isEqualTo(ReportingFrequency.WEEKLY.name());
		long first = asSystem(() -> CalendarFixture.accept(intake, id, may, 1));
		asSystem(() -> {
			CalendarFixture.acceptedAt(jdbc, first, "2026-05-12T10:00+03:00");
			return null;
		});
		List<Submission> weeks = find("CAL20W", may, "2026-05-20T12:00+03:00");
		assertThat(weeks).extracting(Submission::week).containsExactly(1, 2, 3, 4, 5);
		assertThat(weeks).extracting(Submission::dueDate)
			.containsExactly(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 13), LocalDate.of(2026, 5, 19),
					LocalDate.of(2026, 5, 26), LocalDate.of(2026, 6, 5));
		assertThat(weeks).extracting(Submission::state)
			.containsExactly(SubmissionState.LATE, SubmissionState.ON_TIME, SubmissionState.ON_TIME,
					SubmissionState.EXPECTED, SubmissionState.EXPECTED);

		long second = asSystem(() -> CalendarFixture.accept(intake, id, may, 2));
		asSystem(() -> {
			CalendarFixture.endedAt(jdbc, first, "2026-05-27T10:00+03:00");
			CalendarFixture.acceptedAt(jdbc, second, "2026-05-27T10:00+03:00");
			return null;
		});
		assertThat(find("CAL20W", may, "2026-05-28T12:00+03:00")).extracting(Submission::state)
			.containsExactly(SubmissionState.LATE, SubmissionState.ON_TIME, SubmissionState.ON_TIME,
					SubmissionState.LATE, SubmissionState.ON_TIME);
	}

	@Test
	void aQuarterlyDistributorsMonthsAreDueWithTheirQuarter() {
		long id = distributorId("CAL20Q");
		long january = asSystem(() -> CalendarFixture.accept(intake, id, YearMonth.of(2026, 1), 1));
		asSystem(() -> {
			CalendarFixture.acceptedAt(jdbc, january, "2026-04-06T10:00+03:00");
			return null;
		});
		List<Submission> quarter = asSystem(() -> submissions.find(
				new SubmissionFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 3), id, null, null),
				OffsetDateTime.parse("2026-04-09T12:00+03:00").toInstant()));
		assertThat(quarter).extracting(Submission::dueDate).containsOnly(LocalDate.of(2026, 4, 7));
		assertThat(quarter).extracting(Submission::state)
			.containsExactly(SubmissionState.ON_TIME, SubmissionState.OVERDUE, SubmissionState.OVERDUE);
		assertThat(one("CAL20Q", YearMonth.of(2026, 2), "2026-04-11T00:00+03:00").state())
			.isEqualTo(SubmissionState.MISSING);
	}

	@Test
	void farFromMoscowTheDistributorsOwnMidnightDecidesAndStockIsExpectedWhenAsked() {
		long id = distributorId("CAL20V");
		ReportingRule vladivostok = new ReportingRule(new DueRule(DueRule.Kind.WORKING_DAY, 5), 2, 3,
				ZoneId.of("Asia/Vladivostok"), true);
		asUser("admin", () -> {
			terms.saveOverride(id, vladivostok);
			return null;
		});
		assertThat(asSystem(() -> terms.of(id))).isEqualTo(vladivostok);
		YearMonth january = YearMonth.of(2026, 1);
		long report = asSystem(() -> CalendarFixture.accept(intake, id, january, 1));
		// 6 February 18:00 in Moscow is 7 February 01:00 in Vladivostok: after its due
		// time
		asSystem(() -> {
			CalendarFixture.acceptedAt(jdbc, report, "2026-02-06T15:00:00Z");
			return null;
		});
		List<Submission> found = find("CAL20V", january, "2026-02-20T12:00+10:00");
		assertThat(found).extracting(Submission::kind).containsExactly(ReportKind.SELLOUT, ReportKind.STOCK);
		Submission sellOut = found.get(0);
		assertThat(sellOut.dueAt()).isEqualTo(OffsetDateTime.parse("2026-02-07T00:00+10:00"));
		assertThat(sellOut.state()).isEqualTo(SubmissionState.LATE);
		assertThat(found.get(1).state()).as("no stock report").isEqualTo(SubmissionState.MISSING);
		// its month begins earlier than Moscow's
		List<Submission> atNewMonth = asSystem(() -> submissions.find(
				new SubmissionFilter(YearMonth.of(2026, 2), YearMonth.of(2026, 2), id, ReportKind.SELLOUT, null),
				Instant.parse("2026-01-31T15:00:00Z")));
		assertThat(atNewMonth).hasSize(1);
	}

	@Test
	void aCorrectionAskedHoldsTheMonthUntilANewerVersionIsAccepted() {
		YearMonth july = YearMonth.of(2026, 7);
		long id = distributorId("CAL20M");
		long report = asSystem(() -> CalendarFixture.accept(intake, id, july, 1));
		String later = Instant.now().plusSeconds(60).toString();
		assertThatThrownBy(() -> asUser("cal20m.admin", () -> {
			submissions.requestCorrection(report);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
		asUser("analyst", () -> {
			submissions.requestCorrection(report);
			return null;
		});
		assertThat(one("CAL20M", july, later).state()).isEqualTo(SubmissionState.CORRECTION_REQUESTED);
		assertThat(asSystem(() -> jdbc
			.sql("select count(*) from audit_events where action = 'CORRECTION_REQUESTED'" + " and target_id = ?")
			.param(String.valueOf(report))
			.query(Long.class)
			.single())).isEqualTo(1);
		asSystem(() -> CalendarFixture.accept(intake, id, july, 2));
		assertThat(one("CAL20M", july, Instant.now().plusSeconds(60).toString()).state())
			.isEqualTo(SubmissionState.LATE);
	}

	@Test
	void anotherDistributorsUserSeesNoneOfItsSubmissionsAndCannotDeclareForIt() {
		long own = distributorId("CAL20X");
		long other = distributorId("CAL20M");
		List<Submission> seen = asUser("cal20x.admin",
				() -> submissions.find(SubmissionFilter.period(YearMonth.of(2026, 2)),
						OffsetDateTime.parse("2026-03-20T12:00+03:00").toInstant()));
		assertThat(seen).isNotEmpty().allSatisfy(s -> assertThat(s.distributorId()).isEqualTo(own));
		List<Submission> asked = asUser("cal20x.admin",
				() -> submissions.find(new SubmissionFilter(null, null, other, null, null),
						OffsetDateTime.parse("2026-03-20T12:00+03:00").toInstant()));
		assertThat(asked).isEmpty();
		assertThatThrownBy(() -> asUser("cal20x.admin",
				() -> submissions.declareNoSales(other, YearMonth.of(2026, 2), ReportKind.SELLOUT)))
			.isInstanceOf(AccessDeniedException.class);
		long otherReport = asSystem(() -> jdbc.sql("select id from sellout_reports where distributor_id = ? limit 1")
			.param(other)
			.query(Long.class)
			.optional()
			.orElseGet(() -> CalendarFixture.accept(intake, other, YearMonth.of(2026, 8), 1)));
		assertThatThrownBy(() -> asUser("cal20x.admin", () -> {
			submissions.requestCorrection(otherReport);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void noSalesDeclaredIsAMonthMetWithNothingAndReplacesLinesOnlyWhenConfirmed() {
		long id = distributorId("CAL20M");
		YearMonth september = YearMonth.of(2026, 9);
		assertThatThrownBy(() -> asUser("analyst", () -> submissions.declareNoSales(id, september, ReportKind.SELLOUT)))
			.as("the manufacturer does not declare for a distributor")
			.isInstanceOf(AccessDeniedException.class);
		long declared = asUser("cal20m.admin", () -> submissions.declareNoSales(id, september, ReportKind.SELLOUT));
		Submission met = one("CAL20M", september, Instant.now().plusSeconds(60).toString());
		assertThat(met.noSales()).isTrue();
		assertThat(met.reportId()).isEqualTo(declared);
		assertThat(met.state()).as("declared in December for September").isEqualTo(SubmissionState.LATE);
		assertThat(asSystem(() -> jdbc
			.sql("select count(*) from audit_events where action = 'SELLOUT_NO_SALES_DECLARED' and target_id = ?")
			.param(String.valueOf(declared))
			.query(Long.class)
			.single())).isEqualTo(1);

		YearMonth october = YearMonth.of(2026, 10);
		long withLines = asSystem(() -> CalendarFixture.accept(intake, id, october, 4, 6));
		assertThat(sold(id, october)).isEqualTo(2);
		assertThatThrownBy(
				() -> asUser("cal20m.admin", () -> submissions.declareNoSales(id, october, ReportKind.SELLOUT)))
			.isInstanceOf(NoSalesReplacesLinesException.class);
		assertThat(sold(id, october)).as("nothing replaced unless confirmed").isEqualTo(2);
		long replacing = asUser("cal20m.admin",
				() -> submissions.declareNoSales(id, october, ReportKind.SELLOUT, true));
		assertThat(sold(id, october)).as("the month now counts as nothing sold").isZero();
		assertThat(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(withLines)
			.query(String.class)
			.single())).isEqualTo(ReportStatus.SUPERSEDED.name());
		Submission replaced = one("CAL20M", october, Instant.now().plusSeconds(60).toString());
		assertThat(replaced.reportId()).isEqualTo(replacing);
		assertThat(replaced.noSales()).isTrue();
	}

	private long sold(long distributorId, YearMonth month) {
		return asSystem(() -> jdbc.sql("select count(*) from sellout_sales where distributor_id = ? and period = ?")
			.params(distributorId, month.atDay(1))
			.query(Long.class)
			.single());
	}

}
