package com.sellout.portal.jobs.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.sellout.portal.jobs.Jobs;
import com.sellout.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recurring clean-up deletes completed event publications older than the retention (7
 * days by default) and keeps newer ones and those a listener still owes, however old.
 */
class EventPublicationCleanupTest extends PortalTest {

	/**
	 * A listener no code has, so that no other test counts these rows and nothing handles
	 * them.
	 */
	private static final String LISTENER = "test.EventPublicationCleanupTest";

	@Autowired
	private Jobs jobs;

	@Autowired
	private EventSettings settings;

	@AfterEach
	void removeTheRows() {
		asSystem(() -> jdbc.sql("delete from event_publication where listener_id = ?").param(LISTENER).update());
	}

	@Test
	void completedPublicationsPastTheRetentionAreDeletedAndTheRestKept() throws Exception {
		assertThat(settings.retention()).as("the default retention").isEqualTo(Duration.ofDays(7));
		OffsetDateTime now = OffsetDateTime.now();
		UUID old = publication(now.minusDays(9), now.minusDays(8));
		UUID recent = publication(now.minusDays(9), now.minusDays(6));
		UUID owed = publication(now.minusDays(30), null);

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (ids().contains(old) && System.nanoTime() < deadline) {
			jobs.runSoon(EventPublicationCleanup.JOB);
			Thread.sleep(300);
		}
		assertThat(ids()).as("completed 8 days ago: deleted; 6 days ago and never completed: kept")
			.containsExactlyInAnyOrder(recent, owed);
	}

	private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
		UUID id = UUID.randomUUID();
		asSystem(() -> jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				 completion_date, status, completion_attempts)
				values (?, ?, ?, ?, ?, ?, ?, 1)""")
			.params(id, LISTENER, String.class.getName(), "\"" + id + "\"", published, completed,
					completed == null ? "PUBLISHED" : "COMPLETED")
			.update());
		return id;
	}

	private List<UUID> ids() {
		return asSystem(() -> jdbc.sql("select id from event_publication where listener_id = ?")
			.param(LISTENER)
			.query(UUID.class)
			.list());
	}

}
