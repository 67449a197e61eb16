package com.sellout.portal.ingest.internal;

import java.time.Duration;

import com.sellout.portal.jobs.Jobs;
import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PortalTest;
import com.sellout.portal.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose listener failed before doing its work (the database away, say) is not
 * left for the next restart: the retry job delivers it again and the work gets done.
 */
class ListenerRetryTest extends PortalTest {

	@Autowired
	private MailServers servers;

	@Autowired
	private Jobs jobs;

	@Test
	void aNotificationWhoseListenerFailedIsDeliveredAgainByTheRetryJob() throws Exception {
		String name = "retried-" + System.nanoTime() + ".pdf";
		long id = RejectionNotices.rejectedAndTold(browser(), servers, name);

		// as if the listener had failed before its work: nothing claimed, its publication
		// unfinished
		asSystem(() -> jdbc.sql("delete from report_notifications where report_id = ?").param(id).update());
		int reopened = asSystem(() -> jdbc.sql("""
				update event_publication set completion_date = null, status = 'FAILED',
				       publication_date = now() - interval '10 minutes'
				 where listener_id like '%ReportNotifications%' and event_type like '%SellOutReportRejected'
				   and (serialized_event::jsonb ->> 'reportId')::bigint = ?""").param(id).update());
		assertThat(reopened).isEqualTo(1);

		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!handledAgain(id) && System.nanoTime() < deadline) {
			jobs.runSoon("event-publication-retry");
			Thread.sleep(300);
		}
		assertThat(handledAgain(id)).as("the listener had the event again and finished it").isTrue();
		assertThat(asSystem(() -> jdbc.sql("select count(*) from report_notifications where report_id = ?")
			.param(id)
			.query(Long.class)
			.single())).as("its work done").isEqualTo(1);
		deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (TestMail.withSubject(servers.embedded(), s -> s.contains(name)) < 2 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(TestMail.withSubject(servers.embedded(), s -> s.contains(name))).as("the mail sent by the retry")
			.isEqualTo(2);
	}

	private boolean handledAgain(long reportId) {
		return asSystem(() -> RejectionNotices.handled(jdbc, reportId)) == 1;
	}

}
