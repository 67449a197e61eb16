package com.sellout.portal.clients.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.audit.AuditSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients of the audit log by name and ИНН, linked to their cards; a client request
 * by its client (the log's page says it is a request).
 */
@Component
class AuditedClients implements AuditSubjects {

	private final JdbcClient jdbc;

	AuditedClients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> types() {
		return Set.of("client", "request");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> name(String type, Collection<String> ids) {
		String sql = "client".equals(type)
				? "select c.id as key, c.id, c.name, c.inn from clients c where c.id in (:ids)"
				: "select r.id as key, c.id, c.name, c.inn from client_requests r join clients c on c.id = r.client_id"
						+ " where r.id in (:ids)";
		return AuditSubjects.byNumbers(jdbc, sql, ids, (rs, row) -> Map.entry(Long.toString(rs.getLong("key")),
				new Subject(rs.getString("name") + " · " + rs.getString("inn"), "/clients/" + rs.getLong("id"))));
	}

}
