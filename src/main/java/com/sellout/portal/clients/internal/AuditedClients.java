package com.sellout.portal.clients.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
		List<Long> numbers = ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
		Map<String, Subject> named = new HashMap<>();
		if (numbers.isEmpty()) {
			return named;
		}
		String sql = "client".equals(type)
				? "select c.id as key, c.id, c.name, c.inn from clients c where c.id in (:ids)"
				: "select r.id as key, c.id, c.name, c.inn from client_requests r join clients c on c.id = r.client_id"
						+ " where r.id in (:ids)";
		jdbc.sql(sql).param("ids", numbers).query((rs, row) -> {
			return named.put(Long.toString(rs.getLong("key")),
					new Subject(rs.getString("name") + " · " + rs.getString("inn"), "/clients/" + rs.getLong("id")));
		}).list();
		return named;
	}

}
