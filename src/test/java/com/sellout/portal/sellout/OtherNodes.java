package com.sellout.portal.sellout;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database shows of another node a test started: whether it is copying lines
 * now, and how often a report has been set out to be processed.
 */
final class OtherNodes {

	private OtherNodes() {
	}

	/**
	 * The connections of the node (by its application name) that are copying lines now.
	 */
	static List<Integer> copying(JdbcClient jdbc, String application) {
		return jdbc.sql("""
				select pid from pg_stat_activity
				 where application_name = ? and query ilike 'copy %from stdin%' and state = 'active'""")
			.param(application)
			.query(Integer.class)
			.list();
	}

	/**
	 * How many attempts at processing the report were started (read as the portal
	 * itself).
	 */
	static int attempts(JdbcClient jdbc, long reportId) {
		return jdbc.sql("select attempts from sellout_reports where id = ?")
			.param(reportId)
			.query(Integer.class)
			.single();
	}

}
