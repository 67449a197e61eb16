package com.sellout.portal.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.Interaction;
import com.sellout.portal.tasks.InteractionFilter;
import com.sellout.portal.tasks.InteractionKind;
import com.sellout.portal.tasks.InteractionState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The interactions table in the caller's data scope. No query here filters internal
 * interactions out: the database policy does, for a distributor's scope, in every query.
 */
@Component
public class InteractionBook {

	public static final Set<String> SORTABLE = Set.of("happens_on", "kind", "state", "subject", "client_label");

	private static final String COLUMNS = """
			id, distributor_id, internal, client_id, client_label, kind, state, happens_on, happens_at, participants,
			subject, result, next_step, created_by, created_by_name, created_at""";

	/** A restricted manager's clients only (see {@link ClientRestriction}). */
	private static final String LIMITED = " (:unrestricted or client_id = any(:clients))";

	private final JdbcClient jdbc;

	private final ClientRestriction restriction;

	InteractionBook(JdbcClient jdbc, ClientRestriction restriction) {
		this.jdbc = jdbc;
		this.restriction = restriction;
	}

	public long insert(Interaction row) {
		return jdbc.sql("""
				insert into interactions (distributor_id, internal, client_id, client_label, kind, state, happens_on,
				       happens_at, participants, subject, result, next_step, created_by, created_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(row.distributorId(), row.internal(), row.clientId(), row.clientLabel(), row.kind().name(),
					row.state().name(), row.date(), row.time(), row.participants(), row.subject(), row.result(),
					row.nextStep(), row.createdBy(), row.createdByName())
			.query(Long.class)
			.single();
	}

	public void update(long id, InteractionState state, @Nullable String result, @Nullable String nextStep) {
		jdbc.sql("update interactions set state = ?, result = ?, next_step = ?, updated_at = now() where id = ?")
			.params(state.name(), result, nextStep, id)
			.update();
	}

	public Optional<Interaction> find(long id) {
		Map<String, Object> params = limits();
		params.put("id", id);
		return jdbc.sql("select " + COLUMNS + " from interactions where id = :id and" + LIMITED)
			.params(params)
			.query(InteractionBook::interaction)
			.optional();
	}

	public PageSlice<Interaction> find(InteractionFilter filter, ListQuery query) {
		Map<String, Object> params = params(filter);
		String where = where(filter);
		long total = jdbc.sql("select count(*) from interactions" + where).params(params).query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", query.offset());
		List<Interaction> items = jdbc
			.sql("select " + COLUMNS + " from interactions" + where + order(query) + " limit :limit offset :offset")
			.params(params)
			.query(InteractionBook::interaction)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	public List<Interaction> all(InteractionFilter filter, ListQuery query) {
		return jdbc.sql("select " + COLUMNS + " from interactions" + where(filter) + order(query))
			.params(params(filter))
			.query(InteractionBook::interaction)
			.list();
	}

	/** The planned interactions of the days (the calendar). */
	public List<Interaction> planned(LocalDate from, LocalDate to, boolean internalOnly) {
		return jdbc
			.sql("select " + COLUMNS + " from interactions where state = 'PLANNED' and happens_on between ? and ?"
					+ " and (not ? or internal)" + " order by happens_on, happens_at nulls first, id")
			.params(from, to, internalOnly)
			.query(InteractionBook::interaction)
			.list();
	}

	private static String where(InteractionFilter filter) {
		return " where (cast(:distributor as bigint) is null or distributor_id = :distributor)"
				+ " and (cast(:kind as text) is null or kind = :kind)"
				+ " and (cast(:state as text) is null or state = :state) and" + LIMITED;
	}

	private Map<String, Object> params(InteractionFilter filter) {
		Map<String, Object> params = limits();
		params.put("distributor", filter.distributorId());
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		params.put("state", filter.state() == null ? null : filter.state().name());
		return params;
	}

	private Map<String, Object> limits() {
		Map<String, Object> params = new LinkedHashMap<>();
		Optional<List<Long>> clients = restriction.clients();
		params.put("unrestricted", clients.isEmpty());
		params.put("clients", clients.orElse(List.of()).toArray(Long[]::new));
		return params;
	}

	private static String order(ListQuery query) {
		String column = query.sortOr(SORTABLE, "happens_on");
		boolean descending = query.sort() == null || !SORTABLE.contains(query.sort()) || query.descending();
		String direction = descending ? "desc" : "asc";
		return " order by " + column + " " + direction + " nulls last, id " + direction;
	}

	private static Interaction interaction(ResultSet rs, int row) throws SQLException {
		return new Interaction(rs.getLong("id"), rs.getLong("distributor_id"), rs.getBoolean("internal"),
				(Long) rs.getObject("client_id"), rs.getString("client_label"),
				InteractionKind.valueOf(rs.getString("kind")), InteractionState.valueOf(rs.getString("state")),
				rs.getObject("happens_on", LocalDate.class), rs.getObject("happens_at", LocalTime.class),
				rs.getString("participants"), rs.getString("subject"), rs.getString("result"),
				rs.getString("next_step"), rs.getLong("created_by"), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class));
	}

}
