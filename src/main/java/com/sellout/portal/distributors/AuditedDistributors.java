package com.sellout.portal.distributors;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.audit.AuditSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The distributors of the audit log by name, linked to their cards. */
@Component
class AuditedDistributors implements AuditSubjects {

	private final JdbcClient jdbc;

	AuditedDistributors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> types() {
		return Set.of("distributor");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> name(String type, Collection<String> ids) {
		return AuditSubjects.byNumbers(jdbc, "select id, name from distributors where id in (:ids)", ids,
				(rs, row) -> Map.entry(Long.toString(rs.getLong("id")),
						new Subject(rs.getString("name"), "/distributors/" + rs.getLong("id"))));
	}

}
