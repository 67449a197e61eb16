package com.sellout.portal.sellout;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many exception lines wait to be fixed in the active sell-out reports the caller may
 * see (a distributor's own; the manufacturer's all): what the home pages show and link
 * to.
 */
@Service
public class OpenExceptions {

	private final JdbcClient jdbc;

	OpenExceptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Exception lines and the reports that hold them. */
	public record Count(long lines, long reports) {
	}

	@Transactional(readOnly = true)
	public Count count() {
		return jdbc.sql("""
				select coalesce(sum(exceptions), 0) as lines, count(*) as reports
				  from sellout_reports where kind = 'SELLOUT' and status = ? and exceptions > 0""")
			.param(ReportStatus.ACCEPTED_WITH_EXCEPTIONS.name())
			.query(Count.class)
			.single();
	}

}
