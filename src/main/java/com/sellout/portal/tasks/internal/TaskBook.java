package com.sellout.portal.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.tasks.LinkType;
import com.sellout.portal.tasks.Task;
import com.sellout.portal.tasks.TaskFilter;
import com.sellout.portal.tasks.TaskLink;
import com.sellout.portal.tasks.TaskState;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tasks table, read and written in the caller's data scope (the policy keeps other
 * distributors' tasks, and the manufacturer's from a distributor, out of every query);
 * every read is also limited to one organisation, so the manufacturer's lists hold its
 * own tasks, not its distributors'.
 */
@Component
public class TaskBook {

	public static final Set<String> SORTABLE = Set.of("title", "due_date", "state", "assignee_name", "created_at");

	private static final String COLUMNS = """
			id, distributor_id, title, description, due_date, link_type, link_id, link_label, assignee_id,
			assignee_name, state, interaction_id, created_by, created_by_name, created_at, updated_at""";

	private static final String ORG = " distributor_id is not distinct from cast(:org as bigint)";

	private final JdbcClient jdbc;

	TaskBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewRow(@Nullable Long distributorId, String title, @Nullable String description,
			@Nullable LocalDate dueDate, @Nullable TaskLink link, long assigneeId, String assigneeName,
			@Nullable Long interactionId, long createdBy, String createdByName) {
	}

	public long insert(NewRow row) {
		return jdbc.sql("""
				insert into tasks (distributor_id, title, description, due_date, link_type, link_id, link_label,
				       assignee_id, assignee_name, interaction_id, created_by, created_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(row.distributorId(), row.title(), row.description(), row.dueDate(),
					row.link() == null ? null : row.link().type().name(), row.link() == null ? null : row.link().id(),
					row.link() == null ? null : row.link().label(), row.assigneeId(), row.assigneeName(),
					row.interactionId(), row.createdBy(), row.createdByName())
			.query(Long.class)
			.single();
	}

	public Optional<Task> find(long id, @Nullable Long org) {
		return jdbc.sql("select " + COLUMNS + " from tasks where id = :id and" + ORG)
			.param("id", id)
			.param("org", org)
			.query(TaskBook::task)
			.optional();
	}

	public PageSlice<Task> find(TaskFilter filter, @Nullable Long org, long me, ListQuery query) {
		Map<String, Object> params = params(filter, org, me);
		String where = where(filter);
		long total = jdbc.sql("select count(*) from tasks" + where).params(params).query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", query.offset());
		List<Task> items = jdbc
			.sql("select " + COLUMNS + " from tasks" + where + order(query) + " limit :limit offset :offset")
			.params(params)
			.query(TaskBook::task)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	public List<Task> all(TaskFilter filter, @Nullable Long org, long me, ListQuery query) {
		return jdbc.sql("select " + COLUMNS + " from tasks" + where(filter) + order(query))
			.params(params(filter, org, me))
			.query(TaskBook::task)
			.list();
	}

	/** The organisation's open tasks due within the days (the calendar). */
	public List<Task> due(@Nullable Long org, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select " + COLUMNS + " from tasks where" + ORG + " and state in ('OPEN', 'IN_PROGRESS')"
					+ " and due_date between :from and :to order by due_date, id")
			.param("org", org)
			.param("from", from)
			.param("to", to)
			.query(TaskBook::task)
			.list();
	}

	public void changeState(long id, TaskState state) {
		jdbc.sql("update tasks set state = ?, updated_at = now() where id = ?").params(state.name(), id).update();
	}

	private static String where(TaskFilter filter) {
		StringBuilder where = new StringBuilder(" where").append(ORG);
		if (filter.mine()) {
			where.append(" and assignee_id = :me");
		}
		if (filter.state() != null) {
			where.append(" and state = :state");
		}
		else if (filter.openOnly()) {
			where.append(" and state in ('OPEN', 'IN_PROGRESS')");
		}
		return where.toString();
	}

	private static Map<String, Object> params(TaskFilter filter, @Nullable Long org, long me) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("org", org);
		params.put("me", me);
		if (filter.state() != null) {
			params.put("state", filter.state().name());
		}
		return params;
	}

	/** Only allowed names reach SQL; undated tasks after dated ones either way. */
	private static String order(ListQuery query) {
		String column = query.sortOr(SORTABLE, "due_date");
		return " order by " + column + " " + query.direction() + " nulls last, id " + query.direction();
	}

	private static Task task(ResultSet rs, int row) throws SQLException {
		String linkType = rs.getString("link_type");
		TaskLink link = linkType == null ? null
				: new TaskLink(LinkType.valueOf(linkType), rs.getLong("link_id"), rs.getString("link_label"));
		return new Task(rs.getLong("id"), (Long) rs.getObject("distributor_id"), rs.getString("title"),
				rs.getString("description"), rs.getObject("due_date", LocalDate.class), link, rs.getLong("assignee_id"),
				rs.getString("assignee_name"), TaskState.valueOf(rs.getString("state")),
				(Long) rs.getObject("interaction_id"), rs.getLong("created_by"), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}

}
