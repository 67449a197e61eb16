package com.sellout.portal.quotes.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.audit.AuditSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proposals of the audit log by number and version, linked to their pages. */
@Component
class AuditedQuotes implements AuditSubjects {

	private final JdbcClient jdbc;

	AuditedQuotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> types() {
		return Set.of("quote");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> name(String type, Collection<String> ids) {
		return AuditSubjects
			.byNumbers(jdbc, "select id, number, version from quotes where id in (:ids)", ids, (rs, row) -> Map.entry(
					Long.toString(rs.getLong("id")),
					new Subject(rs.getString("number") + " v" + rs.getInt("version"), "/quotes/" + rs.getLong("id"))));
	}

}
