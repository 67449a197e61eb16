package com.sellout.portal.identity.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.audit.AuditSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the audit log: an actor by login, a {@code user} target by id (or by the
 * login a failed login was tried with), each as «Name (login)» linked to the person's
 * card.
 */
@Component
class AuditedPeople implements AuditSubjects {

	private final JdbcClient jdbc;

	AuditedPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> types() {
		return Set.of(PERSON, "user");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> name(String type, Collection<String> ids) {
		List<Long> numbers = ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
		List<String> logins = ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
		Map<String, Subject> named = new HashMap<>();
		jdbc.sql("""
				select id, login, name from users
				where (:byId and id in (:ids)) or lower(login) in (:logins)""")
			.param("byId", !PERSON.equals(type) && !numbers.isEmpty())
			.param("ids", numbers.isEmpty() ? List.of(-1L) : numbers)
			.param("logins", logins.isEmpty() ? List.of("") : logins)
			.query((rs, row) -> {
				long id = rs.getLong("id");
				String login = rs.getString("login");
				Subject subject = new Subject(rs.getString("name") + " (" + login + ")", "/admin/users/" + id);
				if (!PERSON.equals(type) && ids.contains(Long.toString(id))) {
					named.put(Long.toString(id), subject);
				}
				ids.stream().filter(login::equalsIgnoreCase).forEach(asked -> named.put(asked, subject));
				return subject;
			})
			.list();
		return named;
	}

}
