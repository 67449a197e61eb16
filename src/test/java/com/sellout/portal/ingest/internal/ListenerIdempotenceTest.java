package com.sellout.portal.ingest.internal;

import java.time.Duration;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReportRejected;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are delivered at least once: a report's outcome delivered again — published anew
 * through the registry, twice, and handed to the listener directly — tells its sender
 * once, as the first delivery did.
 */
class ListenerIdempotenceTest extends PortalTest {

	@Autowired
	private MailServers servers;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private ReportNotifications notifications;

	@Test
	void aRejectionDeliveredThreeTimesTellsItsSenderOnce() throws Exception {
		String name = "twice-" + System.nanoTime() + ".pdf";
		long id = RejectionNotices.rejectedAndTold(browser(), servers, name);

		SellOutReportRejected again = asSystem(() -> jdbc.sql("""
				select id, distributor_id, revision from sellout_reports where id = ?""")
			.param(id)
			.query((rs, i) -> new SellOutReportRejected(rs.getLong(1), rs.getLong(2), null, rs.getLong(3),
					ReportKind.SELLOUT))
			.single());
		// One after the other: two equal events in flight at once are one publication in
		// progress to Spring Modulith, which would complete only one of the two rows.
		for (int times = 2; times <= 3; times++) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> publisher.publishEvent(again));
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (handled(id) < times && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		assertThat(handled(id)).as("the listener had the event three times, and finished each").isEqualTo(3);
		assertThat(notifications.tell(again)).as("handed over directly once more").isFalse();

		Thread.sleep(1500); // the outbox sends every half second in tests
		assertThat(TestMail.withSubject(servers.embedded(), subject -> subject.contains(name))).as("told once")
			.isEqualTo(1);
		assertThat(asSystem(() -> jdbc.sql("select count(*) from report_notifications where report_id = ?")
			.param(id)
			.query(Long.class)
			.single())).isEqualTo(1);
	}

	private long handled(long reportId) {
		return asSystem(() -> RejectionNotices.handled(jdbc, reportId));
	}

}
