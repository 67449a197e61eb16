package com.sellout.portal.ingest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.sellout.portal.database.DataScope;
import com.sellout.portal.ingest.ftp.FtpDrop;
import com.sellout.portal.sellout.ReportKind;
import com.sellout.portal.sellout.SellOutReportAccepted;
import com.sellout.portal.support.PortalTest;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are delivered at least once: the acceptance of a delivery's report delivered
 * twice more does not answer the delivery again — its result file, taken away after the
 * first answer, is not written a second time, and the delivery keeps the moment it was
 * answered.
 */
class DeliveryAnsweredOnceTest extends PortalTest {

	@Autowired
	private FtpDrop drop;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Test
	void aDeliveryIsAnsweredOnceHoweverOftenItsReportsEventComes() throws Exception {
		FTPClient ftp = FtpClients.plain(drop.port(), "alfa.1c", "demo");
		String name = "once-" + System.nanoTime() + ".csv";
		assertThat(FtpClients.store(ftp, "/in/" + name, DropFiles.clean(4))).isTrue();
		long reportId = JsonMapper.builder()
			.build()
			.readTree(FtpClients.await(ftp, "/out/" + name + ".result.json", Duration.ofSeconds(30)))
			.get("report")
			.asLong();
		long answered = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (completedAt(reportId) == null && System.nanoTime() < answered) {
			Thread.sleep(20); // the file is moved into out/ before the delivery's
								// transaction commits
		}
		String answeredAt = completedAt(reportId);
		assertThat(answeredAt).isNotNull();
		assertThat(ftp.deleteFile("/out/" + name + ".result.json")).isTrue();

		SellOutReportAccepted again = asSystem(
				() -> jdbc.sql("select distributor_id, revision from sellout_reports where id = ?")
					.param(reportId)
					.query((rs, i) -> new SellOutReportAccepted(reportId, rs.getLong(1), null, rs.getLong(2),
							ReportKind.SELLOUT))
					.single());
		// One after the other: two equal events in flight at once are one publication in
		// progress to Spring Modulith, which would complete only one of the two rows.
		for (int times = 2; times <= 3; times++) {
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> publisher.publishEvent(again));
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (handled(reportId) < times && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		assertThat(handled(reportId)).as("the deliveries' listener had the acceptance three times").isEqualTo(3);
		String[] out = ftp.listNames("/out");
		assertThat(out == null ? List.<String>of() : Arrays.asList(out)).as("no second answer")
			.noneMatch(n -> n.contains(name));
		assertThat(completedAt(reportId)).isEqualTo(answeredAt);
		ftp.logout();
	}

	private String completedAt(long reportId) {
		return asSystem(() -> jdbc.sql("""
				select d.completed_at::text from deliveries d join delivery_files f on f.delivery_id = d.id
				 where f.report_id = ?""").param(reportId).query(String.class).single());
	}

	/**
	 * How many deliveries of the report's acceptance the deliveries' listener has
	 * completed.
	 */
	private long handled(long reportId) {
		return asSystem(() -> jdbc.sql("""
				select count(*) from event_publication
				 where listener_id like '%DeliveryCompletion%' and event_type like '%SellOutReportAccepted'
				   and (serialized_event::jsonb ->> 'reportId')::bigint = ? and completion_date is not null""")
			.param(reportId)
			.query(Long.class)
			.single());
	}

}
