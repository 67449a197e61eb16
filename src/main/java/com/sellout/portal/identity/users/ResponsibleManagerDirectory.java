package com.sellout.portal.identity.users;

import java.util.List;
import java.util.Optional;

import com.sellout.portal.distributors.ResponsibleManager;
import com.sellout.portal.distributors.ResponsibleManagers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer's administrators and analysts, for the distributors register to name
 * one as a distributor's responsible manager. Row-level security shows the manufacturer's
 * users (no distributor) to the all-distributors scope only: a distributor's user finds
 * nobody here.
 */
@Component
class ResponsibleManagerDirectory implements ResponsibleManagers {

	private static final String COLUMNS = "select id as user_id, name, role, active from users"
			+ " where distributor_id is null and role in ('ADMIN', 'ANALYST')";

	private final JdbcClient jdbc;

	ResponsibleManagerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ResponsibleManager> candidates() {
		return jdbc.sql(COLUMNS + " and active order by name, id").query(ResponsibleManager.class).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ResponsibleManager> find(long userId) {
		return jdbc.sql(COLUMNS + " and id = :id").param("id", userId).query(ResponsibleManager.class).optional();
	}

}
