package com.sellout.portal.sellout;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.mapping.CanonicalField;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.Receiving;
import com.sellout.portal.support.TestInns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of a report is published once, in the past tense, with the report's
 * revision after it — strictly increasing — through the event publication registry: read
 * back from its table, as the deliveries' listener (which hears every report event)
 * received them. Sell-out of 2005, a distributor of its own.
 */
class ReportEventsTest extends PortalTest {

	@Autowired
	private SellOutIntake intake;

	@Autowired
	private ReportVersions versions;

	@Autowired
	private ExceptionFixes fixes;

	private record Published(String type, long revision) {
	}

	@Test
	void eachChangeOfAReportIsPublishedOnceWithAHigherRevision() throws Exception {
		long distributor = asSystem(() -> jdbc.sql("""
				insert into distributors (code, name, inn) values ('EV2005', 'ООО "События 2005"', ?) returning id""")
			.param(TestInns.organisation(2005))
			.query(Long.class)
			.single());
		YearMonth may = YearMonth.of(2005, 5);
		// the first report: one line of a product the catalog does not know, an exception
		long first = receive(distributor,
				SalesFile.create()
					.sale("03.05.2005", "EL-10001", 2, "2000,00")
					.sale("04.05.2005", "NO-SUCH-SKU", 1, "1000,00")
					.bytes(),
				may);
		assertThat(status(first)).isEqualTo(ReportStatus.ACCEPTED_WITH_EXCEPTIONS);
		long second = receive(distributor, SalesFile.create().sale("05.05.2005", "EL-10002", 3, "4500,00").bytes(),
				may);
		assertThat(status(second)).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(status(first)).isEqualTo(ReportStatus.SUPERSEDED);

		asUser("admin", () -> versions.withdraw(second));
		asUser("admin", () -> versions.restore(first));
		int line = asSystem(() -> jdbc.sql("select line_no from sellout_lines where report_id = ? and not accepted")
			.param(first)
			.query(Integer.class)
			.single());
		int resolved = asUser("admin", () -> fixes.correct(first, line, CanonicalField.SKU, "EL-10003"));
		assertThat(resolved).isEqualTo(1);
		assertThat(status(first)).isEqualTo(ReportStatus.ACCEPTED);

		List<Published> ofFirst = awaitPublished(first, 5);
		assertThat(ofFirst).extracting(Published::type)
			.containsExactly("SellOutReportAccepted", "SellOutReportSuperseded", "SellOutReportRestored",
					"SellOutReportLinesChanged", "SellOutReportLinesChanged");
		assertIncreasing(ofFirst);
		assertThat(ofFirst.get(ofFirst.size() - 1).revision()).as("the last event names the report as it stands")
			.isEqualTo(revision(first));

		List<Published> ofSecond = awaitPublished(second, 2);
		assertThat(ofSecond).extracting(Published::type)
			.containsExactly("SellOutReportAccepted", "SellOutReportWithdrawn");
		assertIncreasing(ofSecond);
		assertThat(ofSecond.get(1).revision()).isEqualTo(revision(second));

		// nothing published twice: give the registry a moment more, the same events still
		Thread.sleep(500);
		assertThat(published(first)).isEqualTo(ofFirst);
		assertThat(published(second)).isEqualTo(ofSecond);
		assertThat(unfinished(first) + unfinished(second)).as("every listener finished with every event").isZero();
	}

	/** The report's publications, to any listener, not completed. */
	private long unfinished(long reportId) {
		return asSystem(() -> jdbc.sql("""
				select count(*) from event_publication
				 where (serialized_event::jsonb ->> 'reportId')::bigint = ? and completion_date is null""")
			.param(reportId)
			.query(Long.class)
			.single());
	}

	private static void assertIncreasing(List<Published> events) {
		for (int i = 1; i < events.size(); i++) {
			assertThat(events.get(i).revision()).as("revision of %s after %s", events.get(i), events.get(i - 1))
				.isGreaterThan(events.get(i - 1).revision());
		}
	}

	private List<Published> awaitPublished(long reportId, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<Published> events = published(reportId);
		while (events.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
			events = published(reportId);
		}
		return events;
	}

	/**
	 * The report's events as the deliveries' listener was given them, in the order they
	 * were published.
	 */
	private List<Published> published(long reportId) {
		return asSystem(() -> jdbc.sql("""
				select event_type, (serialized_event::jsonb ->> 'revision')::bigint from event_publication
				 where listener_id like '%DeliveryCompletion%' and (serialized_event::jsonb ->> 'reportId')::bigint = ?
				 order by publication_date, (serialized_event::jsonb ->> 'revision')::bigint""")
			.param(reportId)
			.query((rs, i) -> new Published(rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1),
					rs.getLong(2)))
			.list());
	}

	private long receive(long distributor, byte[] file, YearMonth period) {
		return DataScopes.callAs(DataScope.ALL_DISTRIBUTORS,
				() -> Receiving
					.receive(intake, distributor, Channel.API, "events.csv", "text/csv", file, period, null,
							Duration.ofSeconds(30))
					.report()
					.id());
	}

	private ReportStatus status(long id) {
		return ReportStatus.valueOf(asSystem(() -> jdbc.sql("select status from sellout_reports where id = ?")
			.param(id)
			.query(String.class)
			.single()));
	}

	private long revision(long id) {
		return asSystem(() -> jdbc.sql("select revision from sellout_reports where id = ?")
			.param(id)
			.query(Long.class)
			.single());
	}

}
