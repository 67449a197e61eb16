package com.sellout.portal.analytics.internal;

import java.util.List;

import com.sellout.portal.analytics.internal.RollupFixture.Line;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.IntegrationAccounts;
import com.sellout.portal.identity.UserAccounts;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.sellout.ExceptionFixes;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups follow the report events exactly: after a report is accepted, superseded by
 * a newer version, restored, withdrawn, merged into by an incremental delivery, its lines
 * changed by an exception fix, or a report rejected, every rollup holds, row for row, the
 * same {@code GROUP BY} computed straight over the accepted lines of the active reports
 * ({@code sellout_sales}) of the test's own distributors; a refresh delivered twice
 * changes nothing, and a stale one cannot undo a newer one. Years 2048–2051.
 */
class SalesRollupsTest extends PortalTest {

	private static final String ONE = "RLA17";

	private static final String TWO = "RLB17";

	private static final String CLIENT_A = TestInns.organisation(1_717_101);

	private static final String CLIENT_B = TestInns.organisation(1_717_102);

	private static final String CLIENT_C = TestInns.organisation(1_717_103);

	@Autowired
	private Distributors distributors;

	@Autowired
	private UserAccounts users;

	@Autowired
	private IntegrationAccounts integrations;

	@Autowired
	private ExceptionFixes fixes;

	@Autowired
	private RollupRefresh refresh;

	@Autowired
	private RollupTriggers triggers;

	private RollupFixture fixture;

	private List<Long> ours;

	@BeforeEach
	void distributors() {
		fixture = new RollupFixture(this::browser, jdbc, transactions);
		long one = asUser("admin", () -> RollupFixture.distributor(distributors, users, ONE, 1_717_001)).id();
		long two = asUser("admin", () -> RollupFixture.distributor(distributors, users, TWO, 1_717_002)).id();
		ours = List.of(one, two);
	}

	@Test
	void anAcceptedReportAndANewerVersionOfItAreSummedExactly() {
		String admin = RollupFixture.admin(ONE);
		JsonNode first = fixture.send(admin, "2048-03", mixed("2048-03"));
		assertThat(first.path("status").asString()).isEqualTo("ACCEPTED");
		fixture.send(RollupFixture.admin(TWO), "2048-03",
				new Line("2048-03-05", CLIENT_A, "77", "DEALER", "EL-10001", "2", "шт", "1480.88", "RUB"));
		assertExact();
		assertThat(fixture.stored("sales_by_product", ours)).as("the figures are there to compare").isNotEmpty();
		assertThat(fixture.storedBelowFloor(ours)).as("a line below its floor is summed").isNotEmpty();

		JsonNode second = fixture.send(admin, "2048-03",
				new Line("2048-03-10", CLIENT_B, "66", "INSTALLER", "EL-10003", "4", "шт", "6732.32", "RUB"),
				new Line("2048-03-11", CLIENT_C, null, null, "EL-10004", "1.5", "м", "1494.30", "RUB"));
		assertThat(second.path("version").asInt()).isEqualTo(2);
		assertThat(fixture.report(admin, first.path("id").asLong()).path("status").asString()).isEqualTo("SUPERSEDED");
		assertExact();
		assertThat(reportsIn("sales_by_client_product")).as("the superseded version's rows are gone")
			.doesNotContain(first.path("id").asLong())
			.contains(second.path("id").asLong());
	}

	@Test
	void aRestoredVersionCountsAgainAndAWithdrawnOneNoLonger() {
		String admin = RollupFixture.admin(ONE);
		long first = fixture.send(admin, "2048-06", mixed("2048-06")).path("id").asLong();
		long second = fixture
			.send(admin, "2048-06",
					new Line("2048-06-02", CLIENT_B, "66", "DEALER", "EL-10005", "3", "шт", "4950.33", "RUB"))
			.path("id")
			.asLong();
		assertExact();

		fixture.act(ONE, first, "restore");
		assertExact();
		assertThat(reportsIn("sales_by_place")).contains(first).doesNotContain(second);

		fixture.act(ONE, first, "withdraw");
		assertExact();
		assertThat(reportsIn("sales_by_place")).doesNotContain(first, second);
		assertThat(fixture.heldActive(ours)).noneMatch(held -> held.startsWith(first + "@"));
	}

	@Test
	void anIncrementalDeliveryMergedIntoTheMonthsReportIsSummedThere() {
		String system = RollupFixture.integration(TWO);
		long account = userId(system);
		asUser("admin", () -> {
			integrations.setDeliveryMode(account, IntegrationAccounts.DeliveryMode.INCREMENTAL);
			return null;
		});
		try {
			long snapshot = fixture.send(RollupFixture.admin(TWO), "2049-02", mixed("2049-02")).path("id").asLong();
			assertExact();
			JsonNode delivery = fixture.send(system, null,
					new Line("2049-02-14", CLIENT_A, "77", "DEALER", "EL-10001", "5", "шт", "3702.20", "RUB"),
					new Line("2049-02-15", CLIENT_C, "50", "RETAIL", "EL-10006", "1", "шт", "876.25", "USD"));
			assertThat(delivery.path("status").asString()).isEqualTo("MERGED");
			long merged = delivery.path("supersededBy").asLong();
			assertExact();
			assertThat(reportsIn("sales_by_client")).contains(merged).doesNotContain(snapshot);

			fixture.send(system, null,
					new Line("2049-02-20", CLIENT_B, "66", "INSTALLER", "EL-10002", "2", "шт", "2992.86", "RUB"));
			assertExact();
		}
		finally {
			asUser("admin", () -> {
				integrations.setDeliveryMode(account, IntegrationAccounts.DeliveryMode.SNAPSHOT);
				return null;
			});
		}
	}

	@Test
	void aLineAcceptedByAnExceptionFixJoinsTheRollupsAndARejectedReportChangesNothing() {
		String admin = RollupFixture.admin(TWO);
		JsonNode report = fixture.send(admin, "2050-09",
				new Line("2050-09-03", CLIENT_A, "77", "DEALER", "EL-10001", "2", "шт", "1480.88", "RUB"),
				new Line("2050-09-04", "1234567890", "66", "INSTALLER", "EL-10002", "1", "шт", "1496.43", "RUB"));
		long id = report.path("id").asLong();
		assertThat(report.path("status").asString()).isEqualTo("ACCEPTED_WITH_EXCEPTIONS");
		assertExact();
		List<String> before = fixture.stored("sales_by_client", ours);

		int line = asSystem(() -> jdbc.sql("select line_no from sellout_lines where report_id = ? and not accepted")
			.param(id)
			.query(Integer.class)
			.single());
		int resolved = asUser(admin, () -> fixes.correct(id, line, CanonicalField.CLIENT_INN, CLIENT_B));
		assertThat(resolved).isEqualTo(1);
		assertExact();
		assertThat(fixture.stored("sales_by_client", ours)).as("the fixed line counts now").isNotEqualTo(before);

		List<String> held = fixture.heldActive(ours);
		JsonNode rejected = fixture.upload(admin, "september.pdf", "%PDF-1.5 not a report".getBytes(), "2050-09");
		assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
		assertExact();
		assertThat(fixture.heldActive(ours)).isEqualTo(held);
	}

	@Test
	void aRefreshDeliveredTwiceChangesNothingAndAStaleOneCannotUndoANewerOne() {
		String admin = RollupFixture.admin(ONE);
		long first = fixture.send(admin, "2051-01", mixed("2051-01")).path("id").asLong();
		assertExact();
		List<String> once = fixture.stored("sales_by_client_product", ours);
		String heldOnce = held(first);
		assertThat(refresh.refresh(first)).isEqualTo(RollupRefresh.Outcome.UNCHANGED);
		assertThat(refresh.refresh(first)).isEqualTo(RollupRefresh.Outcome.UNCHANGED);
		assertThat(fixture.stored("sales_by_client_product", ours)).isEqualTo(once);
		assertThat(held(first)).isEqualTo(heldOnce);

		// a newer version supersedes it; the first report's old Accepted event, delivered
		// again late, recomputes from what the report is now: superseded, no rows
		long second = fixture
			.send(admin, "2051-01",
					new Line("2051-01-09", CLIENT_C, "77", "END_CUSTOMER", "EL-10003", "1", "шт", "1683.08", "RUB"))
			.path("id")
			.asLong();
		assertExact();
		List<String> newer = fixture.stored("sales_by_client_product", ours);
		assertThat(refresh.refresh(first)).isEqualTo(RollupRefresh.Outcome.UNCHANGED);
		assertThat(refresh.refresh(second)).isEqualTo(RollupRefresh.Outcome.UNCHANGED);
		assertThat(fixture.stored("sales_by_client_product", ours)).isEqualTo(newer);
		assertThat(reportsIn("sales_by_client_product")).contains(second).doesNotContain(first);

		// even when the rollups are made to forget which revision they hold, a refresh
		// recomputes the same rows
		asSystem(() -> jdbc.sql("update analytics_reports set revision = -1 where report_id in (?, ?)")
			.params(first, second)
			.update());
		assertThat(refresh.refresh(first)).isEqualTo(RollupRefresh.Outcome.REFRESHED);
		assertThat(refresh.refresh(second)).isEqualTo(RollupRefresh.Outcome.REFRESHED);
		assertThat(fixture.stored("sales_by_client_product", ours)).isEqualTo(newer);
		assertExact();
	}

	@Test
	void aDatabaseWithSalesButNoRollupsIsFilledOnceAtStart() {
		long report = fixture.send(RollupFixture.admin(TWO), "2051-06", mixed("2051-06")).path("id").asLong();
		assertExact();
		List<String> before = fixture.stored("sales_by_product_place", ours);
		// as a database from before analytics: sales, no rollups (every report's row
		// locked first, so that no refresh still running writes in between)
		asSystem(() -> {
			jdbc.sql("select report_id from analytics_reports for update").query(Long.class).list();
			for (String table : List.of("sales_by_product", "sales_by_place", "sales_by_product_place",
					"sales_by_client", "sales_by_client_product", "sales_below_floor", "analytics_reports")) {
				jdbc.sql("delete from " + table).update();
			}
			return null;
		});
		assertThat(refresh.missingReports()).contains(report);

		triggers.fillIfMissing(); // in the background, as at start
		fixture.awaitFilled();
		assertExact();
		assertThat(fixture.stored("sales_by_product_place", ours)).isEqualTo(before);
		assertThat(refresh.missingReports()).as("filled once: nothing is missing any more").isEmpty();
	}

	/**
	 * Lines of every kind a rollup treats apart: two clients (one twice, under two
	 * products), two regions and a line without one, a line in another currency, one sold
	 * below its floor, a second unit.
	 */
	private static Line[] mixed(String period) {
		return new Line[] { new Line(period + "-03", CLIENT_A, "77", "DEALER", "EL-10001", "2", "шт", "1480.88", "RUB"),
				new Line(period + "-04", CLIENT_A, "77", "DEALER", "EL-10002", "1", "шт", "1496.43", "RUB"),
				new Line(period + "-04", CLIENT_A, "77", "DEALER", "EL-10002", "3", "шт", "4489.29", "RUB"),
				new Line(period + "-05", CLIENT_B, "66", "INSTALLER", "EL-10001", "1.25", "м", "925.55", "RUB"),
				new Line(period + "-06", CLIENT_B, "66", "INSTALLER", "EL-10003", "1", "шт", "1683.08", "EUR"),
				new Line(period + "-07", CLIENT_C, null, null, "EL-10004", "10", "шт", "5000.00", "RUB") };
	}

	/**
	 * Every rollup against the same GROUP BY over the lines, once the events are handled.
	 */
	private void assertExact() {
		fixture.awaitRollups(ours);
		for (String table : RollupFixture.tables()) {
			assertThat(fixture.stored(table, ours)).as(table).containsExactlyElementsOf(fixture.expected(table, ours));
		}
		assertThat(fixture.storedBelowFloor(ours)).as("sales_below_floor")
			.containsExactlyElementsOf(fixture.expectedBelowFloor(ours));
		assertThat(fixture.heldActive(ours)).as("the reports held as counting")
			.containsExactlyElementsOf(fixture.activeReports(ours));
	}

	private List<Long> reportsIn(String table) {
		return asSystem(() -> jdbc.sql("select distinct report_id from " + table + " where distributor_id = any(?)")
			.param(ours.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	private String held(long reportId) {
		return asSystem(() -> jdbc
			.sql("select revision || ' ' || active || ' ' || refreshed_at from analytics_reports where report_id = ?")
			.param(reportId)
			.query(String.class)
			.single());
	}

}
