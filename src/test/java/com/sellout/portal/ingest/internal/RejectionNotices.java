package com.sellout.portal.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sellout.portal.messaging.MailServers;
import com.sellout.portal.support.PortalHttp;
import com.sellout.portal.support.TestMail;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A report GAMMA's manager sends and the portal rejects (a PDF), with the notification
 * mail it brings, and how often the notifications' listener has finished its rejection.
 */
final class RejectionNotices {

	private RejectionNotices() {
	}

	/** Sends the PDF through the API and waits for its mail; answers the report's id. */
	static long rejectedAndTold(PortalHttp http, MailServers servers, String name) throws Exception {
		String answer = http
			.apiUpload("/api/v1/sellout/reports", name,
					("%PDF-1.4 not a report: " + name).getBytes(StandardCharsets.US_ASCII), "gamma.manager", "demo")
			.body();
		long id = JsonMapper.builder().build().readTree(answer).path("id").asLong();
		TestMail.awaitReceived(servers.embedded(), "gamma.manager@example.com", "Отчёт " + name + ": Отклонён",
				Duration.ofSeconds(30));
		return id;
	}

	/**
	 * How many deliveries of the report's rejection the listener has completed (read as
	 * the portal).
	 */
	static long handled(JdbcClient jdbc, long reportId) {
		return jdbc.sql("""
				select count(*) from event_publication
				 where listener_id like '%ReportNotifications%' and event_type like '%SellOutReportRejected'
				   and (serialized_event::jsonb ->> 'reportId')::bigint = ? and completion_date is not null""")
			.param(reportId)
			.query(Long.class)
			.single();
	}

}
