package com.sellout.portal.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names what the audit log speaks of, for the page that shows it: each module names the
 * target types it records ({@code "client"}, {@code "distributor"}, …) by the name people
 * know and, where there is one, the page of it — so that the log reads «Иван Петров
 * (alfa.admin)» and «ООО «Ромашка»», not {@code user 1} and {@code client 81}, without
 * the audit module reading another module's table. The people who acted are named under
 * the type {@link #PERSON}, by their logins.
 */
public interface AuditSubjects {

	/** The type under which logins (the actors of events) are named. */
	String PERSON = "login";

	/** The target types this names. */
	Set<String> types();

	/** Of these ids of one of its types, those it knows, by id. */
	Map<String, Subject> name(String type, Collection<String> ids);

	/**
	 * Names the rows one query finds by the numeric ids asked (row keys; any other id is
	 * not theirs): {@code sql} selects them {@code where … in (:ids)}, {@code row} gives
	 * each row's id and subject. The shape most modules' naming takes.
	 */
	static Map<String, Subject> byNumbers(JdbcClient jdbc, String sql, Collection<String> ids,
			RowMapper<Map.Entry<String, Subject>> row) {
		List<Long> numbers = ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
		Map<String, Subject> named = new HashMap<>();
		if (!numbers.isEmpty()) {
			jdbc.sql(sql).param("ids", numbers).query(row).list().forEach(e -> named.put(e.getKey(), e.getValue()));
		}
		return named;
	}

	/**
	 * An object of the log as people know it.
	 *
	 * @param name its name, as a page shows it
	 * @param href the page of it, or null where there is none
	 */
	record Subject(String name, @Nullable String href) {
	}

}
