package com.sellout.portal.calendar.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionState;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.sellout.portal.calendar.reminders.ReminderFixture.ADMIN;
import static com.sellout.portal.calendar.reminders.ReminderFixture.MANAGER;
import static com.sellout.portal.calendar.reminders.ReminderFixture.RESPONSIBLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminder rounds against the portal's database, at instants the test chooses: which rule
 * reaches whom on which day, the escalation to the responsible manager only, nothing for
 * a met submission, exactly once when rounds race, and the mail in each person's language
 * with the link to where it is done.
 */
class RemindersTest extends PortalTest {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Autowired
	private UserAccounts users;

	@Autowired
	private ReminderRound round;

	@Autowired
	private ReminderChoices choices;

	private long rem1;

	@BeforeEach
	void people() {
		ReminderFixture.ensure(jdbc, users, this::asSystem);
		rem1 = distributorId(ReminderFixture.REM1);
	}

	/**
	 * April 2026 due 8 May (1 May a holiday): rounds twice a day from 25 April to 20 May
	 * send each rule once on its day to REM1's people with an e-mail — not to the one
	 * without, the inactive one or the integration account — and the escalation once, on
	 * the 5th working day after the due day (9–11 May are not working days: 18 May), to
	 * the responsible analyst alone.
	 */
	@Test
	void eachRuleReachesThePeopleOnceOnItsDayAndTheEscalationOnlyTheResponsibleManager() {
		Submission april = ReminderFixture.submission(rem1, ReminderFixture.REM1, YearMonth.of(2026, 4),
				LocalDate.of(2026, 5, 8), SubmissionState.EXPECTED);
		for (LocalDate day = LocalDate.of(2026, 4, 25); day
			.isBefore(LocalDate.of(2026, 5, 21)); day = day.plusDays(1)) {
			round.remind(List.of(april), at(day, 10, 0));
			round.remind(List.of(april), at(day, 15, 30));
			round.remind(List.of(april), at(day, 22, 0));
		}
		List<String> expected = new ArrayList<>();
		for (String login : List.of(ADMIN, MANAGER)) {
			expected.add(login + " WEEK_BEFORE 2026-05-01");
			expected.add(login + " TWO_DAYS_BEFORE 2026-05-06");
			expected.add(login + " DUE_DAY 2026-05-08");
			for (int day : new int[] { 12, 13, 14, 15, 18, 19, 20 }) {
				expected.add(login + " OVERDUE 2026-05-" + day);
			}
		}
		expected.add(RESPONSIBLE + " ESCALATION 2026-05-18");
		assertThat(reminders(YearMonth.of(2026, 4))).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(mailsOf(YearMonth.of(2026, 4))).as("one queued mail per reminder").isEqualTo(expected.size());
		assertThat(sentAt(YearMonth.of(2026, 4), RESPONSIBLE, "ESCALATION")).as("sent at the first round of the 18th")
			.isEqualTo(at(LocalDate.of(2026, 5, 18), 10, 0));
	}

	@Test
	void aMetSubmissionIsNeverReminded() {
		for (SubmissionState met : List.of(SubmissionState.ON_TIME, SubmissionState.LATE)) {
			Submission may = ReminderFixture.submission(rem1, ReminderFixture.REM1, YearMonth.of(2026, 5),
					LocalDate.of(2026, 6, 5), met);
			for (LocalDate day = LocalDate.of(2026, 5, 28); day
				.isBefore(LocalDate.of(2026, 6, 20)); day = day.plusDays(1)) {
				assertThat(round.remind(List.of(may), at(day, 12, 0))).isZero();
			}
		}
		assertThat(reminders(YearMonth.of(2026, 5))).isEmpty();
	}

	/**
	 * Eight rounds at the same instant in eight threads, each claiming in its own
	 * transaction (as two nodes would): each person gets the due day's reminder once, and
	 * one mail.
	 */
	@Test
	void roundsRacingAtTheSameInstantSendEachReminderOnce() throws Exception {
		Submission june = ReminderFixture.submission(rem1, ReminderFixture.REM1, YearMonth.of(2026, 6),
				LocalDate.of(2026, 7, 7), SubmissionState.EXPECTED);
		Instant now = at(LocalDate.of(2026, 7, 7), 9, 0);
		int rounds = 8;
		CyclicBarrier start = new CyclicBarrier(rounds);
		ExecutorService pool = Executors.newFixedThreadPool(rounds);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				Callable<Integer> racer = () -> {
					start.await();
					return round.remind(List.of(june), now);
				};
				results.add(pool.submit(racer));
			}
			int recorded = 0;
			for (Future<Integer> result : results) {
				recorded += result.get();
			}
			assertThat(recorded).as("reminders recorded by all rounds together").isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(reminders(YearMonth.of(2026, 6))).containsExactlyInAnyOrder(ADMIN + " DUE_DAY 2026-07-07",
				MANAGER + " DUE_DAY 2026-07-07");
		assertThat(mailsOf(YearMonth.of(2026, 6))).isEqualTo(2);
		assertThat(asSystem(
				() -> jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like '%июнь 2026%'")
					.param("rem1.admin@rem.test")
					.query(Long.class)
					.single()))
			.isEqualTo(1);
	}

	@Test
	void theMailIsInEachPersonsLanguageAndLeadsToWhereItIsDone() {
		Submission august = ReminderFixture.submission(rem1, ReminderFixture.REM1, YearMonth.of(2026, 8),
				LocalDate.of(2026, 9, 7), SubmissionState.EXPECTED);
		round.remind(List.of(august), at(LocalDate.of(2026, 8, 31), 11, 0));
		round.remind(List.of(august), at(LocalDate.of(2026, 9, 14), 11, 0));

		Mail russian = mail(YearMonth.of(2026, 8), ADMIN, "WEEK_BEFORE");
		assertThat(russian.subject()).isEqualTo("Через 7 дней срок: отчёт о продажах за август 2026");
		assertThat(russian.body()).startsWith("Здравствуйте, Анна Админова!")
			.contains("ООО «Напоминание»: отчёт о продажах за август 2026 нужно сдать до конца дня 7 сентября 2026")
			.contains("Сейчас: отчёт ещё не получен.")
			.contains("Сдать отчёт: http://localhost:8080/sellout/upload\n")
			.contains("http://localhost:8080/calendar/reminders/settings");
		Mail english = mail(YearMonth.of(2026, 8), MANAGER, "WEEK_BEFORE");
		assertThat(english.subject()).isEqualTo("Due in 7 days: the sell-out report for August 2026");
		assertThat(english.body()).startsWith("Hello Mary Manager,")
			.contains("the sell-out report for August 2026 is due by the end of 7 September 2026")
			.contains("Send the report: http://localhost:8080/sellout/upload\n");
		Mail escalation = mail(YearMonth.of(2026, 8), RESPONSIBLE, "ESCALATION");
		assertThat(escalation.subject()).isEqualTo("REM1: не сдан отчёт о продажах за август 2026");
		assertThat(escalation.body()).contains("Дистрибьютор ООО «Напоминание» (REM1) не сдал")
			.contains("срок был 7 сентября 2026, рабочих дней после срока: 5")
			.contains("Карточка дистрибьютора: http://localhost:8080/distributors/" + rem1);
	}

	@Test
	void aReportWaitingForAPersonIsLinkedItselfAndStockGoesToItsUpload() {
		Submission waiting = new Submission(rem1, "REM1", "ООО «Напоминание»", ReportKind.SELLOUT,
				YearMonth.of(2026, 9), 0, LocalDate.of(2026, 10, 7),
				LocalDate.of(2026, 10, 8).atStartOfDay(MOSCOW).toOffsetDateTime(),
				LocalDate.of(2026, 10, 13).atStartOfDay(MOSCOW).toOffsetDateTime(), SubmissionState.WAITING_FOR_YOU,
				null, null, 4242L, null, false);
		assertThat(ReminderTexts.whereDone(waiting)).isEqualTo("/sellout/reports/4242");
		Submission stock = new Submission(rem1, "REM1", "ООО «Напоминание»", ReportKind.STOCK, YearMonth.of(2026, 9), 0,
				LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8).atStartOfDay(MOSCOW).toOffsetDateTime(),
				LocalDate.of(2026, 10, 13).atStartOfDay(MOSCOW).toOffsetDateTime(), SubmissionState.OVERDUE, null, null,
				null, null, false);
		assertThat(ReminderTexts.whereDone(stock)).isEqualTo("/sellout/upload?kind=STOCK");
	}

	record Mail(String subject, String body) {
	}

	private Mail mail(YearMonth period, String login, String rule) {
		return asSystem(() -> jdbc.sql("""
				select o.subject, o.body from calendar_reminders r
				  join outgoing_mails o on o.id = r.mail_id
				  join users u on u.id = r.user_id
				 where r.distributor_id = ? and r.period = ? and u.login = ? and r.rule = ?""")
			.params(rem1, period.atDay(1), login, rule)
			.query(Mail.class)
			.single());
	}

	/** "login RULE day" of each reminder of REM1's submission of that month. */
	List<String> reminders(YearMonth period) {
		return asSystem(() -> jdbc.sql("""
				select u.login || ' ' || r.rule || ' ' || r.rule_day from calendar_reminders r
				  join users u on u.id = r.user_id
				 where r.distributor_id = ? and r.period = ? order by 1""")
			.params(rem1, period.atDay(1))
			.query(String.class)
			.list());
	}

	long mailsOf(YearMonth period) {
		return asSystem(() -> jdbc.sql("""
				select count(*) from calendar_reminders r join outgoing_mails o on o.id = r.mail_id
				 where r.distributor_id = ? and r.period = ?""")
			.params(rem1, period.atDay(1))
			.query(Long.class)
			.single());
	}

	private Instant sentAt(YearMonth period, String login, String rule) {
		return asSystem(() -> jdbc.sql("""
				select r.sent_at from calendar_reminders r join users u on u.id = r.user_id
				 where r.distributor_id = ? and r.period = ? and u.login = ? and r.rule = ?""")
			.params(rem1, period.atDay(1), login, rule)
			.query(Timestamp.class)
			.single()
			.toInstant());
	}

	static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(MOSCOW).toInstant();
	}

}
