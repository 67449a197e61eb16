package com.sellout.portal.odata.feed;

import java.time.OffsetDateTime;
import java.util.Optional;

import com.sellout.portal.odata.BiFeed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the feed's figures last changed for the current user: the newest
 * {@code changed_at} of the sell-out reports its scope sees (row-level security picks
 * them), which sell-out's trigger sets whenever a report is accepted, superseded,
 * withdrawn, restored or has its lines fixed while active.
 */
@Service
class ReportChanges implements BiFeed {

	private final JdbcClient jdbc;

	ReportChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> lastChanged() {
		return jdbc.sql("""
				select changed_at from sellout_report_summaries
				 where kind = 'SELLOUT' and changed_at is not null order by changed_at desc limit 1""")
			.query(OffsetDateTime.class)
			.optional();
	}

}
