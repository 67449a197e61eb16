package com.sellout.portal.calendar.scorecards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import com.sellout.portal.calendar.Submission;
import com.sellout.portal.calendar.SubmissionFilter;
import com.sellout.portal.calendar.Submissions;
import com.sellout.portal.clients.ClientDirectory;
import com.sellout.portal.clients.FoundClient;
import com.sellout.portal.identity.Role;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.support.TestInns;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Distributors whose reports the scorecard tests know by heart, written as the pipeline
 * would leave them (reports, their activations — when each was its month's active report
 * — and lines), set up once per database.
 *
 * <p>
 * The hand case, seen at {@link #NOW} (20 May 2045, no other test's year): SC45A
 * (contract from January 2045) sent January on time — a first version two days before
 * due, a second five days after (the first decides) — February a day early, March three
 * days late, April nothing; nine lines in its active reports (see {@link #lines}); stock
 * with a SISO gap. SC45B sent January on time only. SC45C starts in May: nothing past due
 * yet.
 *
 * <p>
 * The live case, for pages read with the portal's clock: SCHOME (contract from three
 * months before the current one) sent that first month on time, one line of it an unknown
 * product; two clients found in its sell-out wait to be registered. Its users:
 * schome.admin, schome.manager (restricted to one client by the tests that need it),
 * sc45b.admin.
 */
public final class ScorecardFixture {

	public static final String PASSWORD = "score-password-45";

	public static final Instant NOW = Instant.parse("2045-05-20T09:00:00Z");

	public static final String A = "SC45A";

	public static final String B = "SC45B";

	public static final String C = "SC45C";

	public static final String HOME = "SCHOME";

	public static final String HOME_NAME = "ООО \"Сроки Дома\"";

	public static final String B_NAME = "ООО \"Сроки Бэ\"";

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static boolean ready;

	private static long reportSeq = 0;

	private ScorecardFixture() {
	}

	/** PortalTest's asSystem, handed in. */
	public interface AsSystem {

		<T> T run(Supplier<T> work);

	}

	public static synchronized void ensure(JdbcClient jdbc, UserAccounts users, Submissions submissions,
			ClientDirectory clients, AsSystem system) {
		if (ready) {
			return;
		}
		system.run(() -> {
			if (jdbc.sql("select count(*) from distributors where code = ?").param(A).query(Long.class).single() == 0) {
				create(jdbc, users, submissions, clients);
			}
			return null;
		});
		ready = true;
	}

	private static void create(JdbcClient jdbc, UserAccounts users, Submissions submissions, ClientDirectory clients) {
		long a = distributor(jdbc, A, "ООО \"Сроки А\"", LocalDate.of(2045, 1, 1));
		long b = distributor(jdbc, B, B_NAME, LocalDate.of(2045, 1, 1));
		distributor(jdbc, C, "ООО \"Сроки Цэ\"", LocalDate.of(2045, 5, 1));
		users.register("sc45b.admin", PASSWORD, "Админ Сроки Б", null, Role.DISTRIBUTOR_ADMIN, b);

		// January: v1 two days early (superseded), v2 five days late; the first decides
		OffsetDateTime janDue = dueAt(submissions, a, YearMonth.of(2045, 1), NOW);
		long jan1 = report(jdbc, a, YearMonth.of(2045, 1), janDue.minusDays(2).toInstant());
		lines(jdbc, jan1, a, new Line(false, null, false, true)); // never counted
		supersede(jdbc, jan1, janDue.plusDays(5).toInstant());
		long jan2 = report(jdbc, a, YearMonth.of(2045, 1), janDue.plusDays(5).toInstant());
		// accepted, valid ИНН, product by the portal | by a person | no ИНН, by a person
		// | an unknown product (exception) with a valid ИНН
		lines(jdbc, jan2, a, new Line(true, "7707083893", false, false), new Line(true, "7707083893", true, false),
				new Line(true, null, true, false), new Line(false, "7707083893", false, true));
		OffsetDateTime febDue = dueAt(submissions, a, YearMonth.of(2045, 2), NOW);
		long feb = report(jdbc, a, YearMonth.of(2045, 2), febDue.minusDays(1).toInstant());
		// accepted | an invalid ИНН and an unknown product (exception)
		lines(jdbc, feb, a, new Line(true, "7707083893", false, false), new Line(false, null, false, true));
		OffsetDateTime marDue = dueAt(submissions, a, YearMonth.of(2045, 3), NOW);
		long mar = report(jdbc, a, YearMonth.of(2045, 3), marDue.plusDays(3).toInstant());
		lines(jdbc, mar, a, new Line(true, "7707083893", false, false), new Line(true, null, false, false),
				new Line(true, "7707083893", false, false));

		OffsetDateTime bJanDue = dueAt(submissions, b, YearMonth.of(2045, 1), NOW);
		long bJan = report(jdbc, b, YearMonth.of(2045, 1), bJanDue.minusHours(1).toInstant());
		lines(jdbc, bJan, b, new Line(true, "7707083893", false, false));

		// the live case, three months back from the portal's today
		Instant today = Clock.systemUTC().instant();
		YearMonth first = YearMonth.from(today.atZone(MOSCOW)).minusMonths(3);
		long home = distributor(jdbc, HOME, HOME_NAME, first.atDay(1));
		users.register("schome.admin", PASSWORD, "Админ Сроки Дома", null, Role.DISTRIBUTOR_ADMIN, home);
		users.register("schome.manager", PASSWORD, "Менеджер Сроки Дома", null, Role.DISTRIBUTOR_MANAGER, home);
		OffsetDateTime homeDue = dueAt(submissions, home, first, today);
		long homeReport = report(jdbc, home, first, homeDue.minusDays(1).toInstant());
		lines(jdbc, homeReport, home, new Line(true, "7707083893", false, false),
				new Line(true, "7707083893", false, false), new Line(false, null, false, true));
		jdbc.sql("update sellout_reports set status = 'ACCEPTED_WITH_EXCEPTIONS' where id = ?")
			.param(homeReport)
			.update();
		clients.foundInSellOut(home, List.of(
				new FoundClient(TestInns.organisation(4501), null, "ООО \"Найденный Первый\"", null, null, null),
				new FoundClient(TestInns.organisation(4502), null, "ООО \"Найденный Второй\"", null, null, null)));
	}

	/**
	 * A line as stored: accepted or an exception, its ИНН if valid, how its product
	 * resolved.
	 */
	record Line(boolean accepted, String inn, boolean productByPerson, boolean unknownProduct) {
	}

	private static void lines(JdbcClient jdbc, long report, long distributor, Line... lines) {
		int no = 1;
		for (Line line : lines) {
			String problems = line.unknownProduct()
					? "[{\"field\": \"sku\", \"value\": \"X-1\", \"code\": \"unknownProduct\", \"level\": \"error\"}]"
					: line.accepted() ? null
							: "[{\"field\": \"client_inn\", \"value\": \"123\", \"code\": \"invalidInn\", \"level\": \"error\"}]";
			jdbc.sql(
					"""
							insert into sellout_lines (report_id, line_no, distributor_id, accepted, client_inn, client_name, sku,
							                           quantity, amount_net, problems, product_by_person)
							values (?, ?, ?, ?, ?, 'ООО "Покупатель"', 'EL-20055', 1, 100, cast(? as jsonb), ?)""")
				.params(report, no++, distributor, line.accepted(), line.inn(), problems, line.productByPerson())
				.update();
		}
		jdbc.sql(
				"""
						update sellout_reports r set lines = t.n, accepted_lines = t.a, exceptions = t.n - t.a
						  from (select count(*) as n, count(*) filter (where accepted) as a from sellout_lines where report_id = ?) t
						 where r.id = ?""")
			.params(report, report)
			.update();
	}

	private static long distributor(JdbcClient jdbc, String code, String name, LocalDate contractStart) {
		return jdbc.sql(
				"insert into distributors (code, name, inn, contract_start) values (?, ?, '7707083893', ?) returning id")
			.params(code, name, contractStart)
			.query(Long.class)
			.single();
	}

	/** An accepted sell-out report of the month, accepted at {@code at}. */
	private static long report(JdbcClient jdbc, long distributor, YearMonth period, Instant at) {
		OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
		long id = jdbc
			.sql("""
					insert into sellout_reports (distributor_id, period, version, status, source, content_sha256, size_bytes,
					                             received_at, processed_at)
					values (?, ?, 1, 'ACCEPTED', 'API', ?, 10, ?, ?) returning id""")
			.params(distributor, period.atDay(1), String.format("%064d", System.nanoTime() + (reportSeq++)), time, time)
			.query(Long.class)
			.single();
		jdbc.sql("update sellout_report_activations set started_at = ? where report_id = ?").params(time, id).update();
		return id;
	}

	private static void supersede(JdbcClient jdbc, long report, Instant at) {
		jdbc.sql("update sellout_reports set status = 'SUPERSEDED' where id = ?").param(report).update();
		jdbc.sql("update sellout_report_activations set ended_at = ? where report_id = ?")
			.params(at.atOffset(ZoneOffset.UTC), report)
			.update();
	}

	private static OffsetDateTime dueAt(Submissions submissions, long distributor, YearMonth period, Instant now) {
		List<Submission> found = submissions.find(new SubmissionFilter(period, period, distributor, null, null), now);
		return found.stream()
			.filter(s -> s.kind() == ReportKind.SELLOUT)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no submission of " + period + " for " + distributor))
			.dueAt();
	}

	/** The SISO gap rows of SC45A, written again by each test that reads them. */
	public static void stock(JdbcClient jdbc, long distributor) {
		jdbc.sql("delete from channel_inventory where distributor_id = ?").param(distributor).update();
		// February: +10 of 50; March (the newest in the window): −5 of 100; May is not
		// past due
		gap(jdbc, distributor, "2045-02-01", "50", "60", "10");
		gap(jdbc, distributor, "2045-03-01", "100", "95", "-5");
		gap(jdbc, distributor, "2045-05-01", "10", "20", "10");
	}

	private static void gap(JdbcClient jdbc, long distributor, String period, String calculated, String reported,
			String gap) {
		jdbc.sql("""
				insert into channel_inventory (distributor_id, sku, period, opening, opening_source, sell_in, sell_out,
				    calculated_closing, reported_closing, gap, band, stale)
				values (?, 'EL-20055', cast(? as date), 0, 'REPORTED', 0, 0, cast(? as numeric), cast(? as numeric),
				    cast(? as numeric), 'HEALTHY', false)""")
			.params(distributor, period, calculated, reported, gap)
			.update();
	}

}
