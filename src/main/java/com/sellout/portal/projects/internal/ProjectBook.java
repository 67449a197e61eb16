package com.sellout.portal.projects.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.projects.Project;
import com.sellout.portal.projects.ProjectConflict;
import com.sellout.portal.projects.ProjectFilter;
import com.sellout.portal.projects.ProjectStatus;
import com.sellout.portal.projects.ProjectSummary;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projects' tables, read and written in the caller's data scope: row-level security
 * keeps another distributor's projects, lines and files out of every query here, counts
 * included. Conflicts are read only in the all-distributors scope (the manufacturer's).
 */
@Component
public class ProjectBook {

	private static final Set<String> SORTABLE = Set.of("created_at", "object_name", "client_inn", "status", "amount",
			"protected_until", "delivery_date", "distributor_code", "region_code");

	/** Another distributor's active project q is in conflict with p. */
	private static final String CONFLICT = """
			q.id <> p.id and q.distributor_id <> p.distributor_id and q.status in ('ON_REVIEW', 'APPROVED')
			and ((q.client_inn = p.client_inn and q.address_key = p.address_key)
			     or (q.region_code = p.region_code and similarity(q.object_name, p.object_name) >= 0.6))""";

	private static final String SUMMARY = """
			select p.id, d.code as distributor_code, d.name as distributor_name, p.client_inn, p.client_name,
			       p.object_name, p.region_code, p.amount, p.status, p.protected_until, p.delivery_date, p.created_at,
			       case when :all then (select count(*) from projects q where %s) else 0 end as conflicts
			  from projects p join distributor_directory d on d.id = p.distributor_id""".formatted(CONFLICT);

	/**
	 * A distributor's manager restricted to some clients sees the projects of those
	 * clients and the ones they registered themselves.
	 */
	private static final String RESTRICTED = " and (:unrestricted or p.client_id = any(:clients) or p.created_by = :me)";

	private final JdbcClient jdbc;

	private final ManagerScopes managers;

	ProjectBook(JdbcClient jdbc, ManagerScopes managers) {
		this.jdbc = jdbc;
		this.managers = managers;
	}

	private Map<String, Object> restriction(Map<String, Object> params) {
		Optional<List<Long>> clients = managers.restrictionOfCurrentUser();
		params.put("unrestricted", clients.isEmpty());
		params.put("clients", clients.orElse(List.of()).toArray(Long[]::new));
		params.put("me", CurrentUser.get().map(CurrentUser::id).orElse(0L));
		return params;
	}

	/** A project's fields as checked. */
	public record Row(long distributorId, String clientInn, @Nullable String clientName, @Nullable Long clientId,
			String object, String address, String regionCode, @Nullable LocalDate tenderDate,
			@Nullable LocalDate deliveryDate, @Nullable BigDecimal amount, @Nullable String competitors,
			@Nullable String comment, List<LineRow> lines) {
	}

	public record LineRow(String sku, BigDecimal quantity) {
	}

	public long insert(Row row, long createdBy, String createdByName) {
		long id = jdbc.sql("""
				insert into projects (distributor_id, client_inn, client_name, client_id, object_name, address,
				       address_key, region_code, tender_date, delivery_date, amount, competitors, comment,
				       created_by, created_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(row.distributorId(), row.clientInn(), row.clientName(), row.clientId(), row.object(), row.address(),
					ProjectAddresses.normalise(row.address()), row.regionCode(), row.tenderDate(), row.deliveryDate(),
					row.amount(), row.competitors(), row.comment(), createdBy, createdByName)
			.query(Long.class)
			.single();
		insertLines(id, row);
		return id;
	}

	public void update(long id, Row row) {
		jdbc.sql("""
				update projects set client_inn = ?, client_name = ?, client_id = ?, object_name = ?, address = ?,
				       address_key = ?, region_code = ?, tender_date = ?, delivery_date = ?, amount = ?,
				       competitors = ?, comment = ?, updated_at = now()
				 where id = ?""")
			.params(row.clientInn(), row.clientName(), row.clientId(), row.object(), row.address(),
					ProjectAddresses.normalise(row.address()), row.regionCode(), row.tenderDate(), row.deliveryDate(),
					row.amount(), row.competitors(), row.comment(), id)
			.update();
		jdbc.sql("delete from project_lines where project_id = ?").param(id).update();
		insertLines(id, row);
	}

	private void insertLines(long id, Row row) {
		int no = 1;
		for (LineRow line : row.lines()) {
			jdbc.sql("""
					insert into project_lines (project_id, distributor_id, line_no, sku, quantity)
					values (?, ?, ?, ?, ?)""")
				.params(id, row.distributorId(), no++, line.sku(), line.quantity())
				.update();
		}
	}

	public void linkClient(long id, @Nullable Long clientId) {
		jdbc.sql("update projects set client_id = ? where id = ?").params(clientId, id).update();
	}

	public void submit(long id) {
		jdbc.sql("update projects set status = 'ON_REVIEW', submitted_at = now(), updated_at = now() where id = ?")
			.param(id)
			.update();
	}

	public void approve(long id, String by, LocalDate today, LocalDate until, @Nullable String comment) {
		jdbc.sql("""
				update projects set status = 'APPROVED', decided_by = ?, decided_at = now(), decision_comment = ?,
				       approved_on = ?, protected_until = ?, updated_at = now() where id = ?""")
			.params(by, comment, today, until, id)
			.update();
	}

	public void reject(long id, String by, String comment) {
		jdbc.sql("""
				update projects set status = 'REJECTED', decided_by = ?, decided_at = now(), decision_comment = ?,
				       updated_at = now() where id = ?""").params(by, comment, id).update();
	}

	public void protectUntil(long id, LocalDate until) {
		jdbc.sql("update projects set protected_until = ?, updated_at = now() where id = ?").params(until, id).update();
	}

	public void outcome(long id, ProjectStatus outcome) {
		jdbc.sql("update projects set status = ?, outcome_at = now(), updated_at = now() where id = ?")
			.params(outcome.name(), id)
			.update();
	}

	/**
	 * Approved projects protected until before the day: expired (run in the
	 * all-distributors scope).
	 */
	public List<Expired> expire(LocalDate today) {
		return jdbc.sql("""
				update projects set status = 'EXPIRED', updated_at = now()
				 where status = 'APPROVED' and protected_until < ? returning id, distributor_id""")
			.param(today)
			.query((rs, n) -> new Expired(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	public record Expired(long id, long distributorId) {
	}

	public PageSlice<ProjectSummary> find(ProjectFilter filter, ListQuery query, boolean all) {
		StringBuilder where = new StringBuilder(" where true" + RESTRICTED);
		Map<String, Object> params = restriction(new LinkedHashMap<>());
		params.put("all", all);
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.distributorId() != null) {
			where.append(" and p.distributor_id = :distributor");
			params.put("distributor", filter.distributorId());
		}
		if (query.search() != null && !query.search().isBlank()) {
			where.append(" and (p.object_name ilike :search or p.client_inn like :search"
					+ " or coalesce(p.client_name, '') ilike :search)");
			params.put("search", query.likePattern());
		}
		long total = jdbc.sql("select count(*) from projects p" + where).params(params).query(Long.class).single();
		String sort = query.sortOr(SORTABLE, "created_at");
		String order = " order by " + sort + " " + query.direction() + " nulls last, id " + query.direction();
		params.put("limit", query.size());
		params.put("offset", query.offset());
		List<ProjectSummary> items = jdbc
			.sql("select * from (" + SUMMARY + where + ") s" + order + " limit :limit offset :offset")
			.params(params)
			.query(ProjectBook::summary)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	public Optional<Project> find(long id) {
		return jdbc
			.sql("""
					select p.*, d.code as distributor_code, d.name as distributor_name
					  from projects p join distributor_directory d on d.id = p.distributor_id where p.id = :id"""
					+ RESTRICTED)
			.params(restriction(new LinkedHashMap<>(Map.of("id", id))))
			.query((rs, n) -> project(rs, lines(id), attachments(id)))
			.optional();
	}

	/** The project's status, locked for a change. */
	public Optional<ProjectStatus> lockStatus(long id) {
		return jdbc.sql("select status from projects where id = ? for update")
			.param(id)
			.query(String.class)
			.optional()
			.map(ProjectStatus::valueOf);
	}

	/**
	 * Other distributors' active projects in conflict with this one (all-distributors
	 * scope only).
	 */
	public List<ProjectConflict> conflicts(long id) {
		return jdbc.sql("""
				select q.id, qd.code, qd.name, q.client_inn, q.client_name, q.object_name, q.address, q.region_code,
				       q.amount, q.status, q.protected_until, q.created_at,
				       (q.client_inn = p.client_inn and q.address_key = p.address_key) as same_address,
				       similarity(q.object_name, p.object_name) as name_similarity
				  from projects p join projects q on %s
				  join distributor_directory qd on qd.id = q.distributor_id
				 where p.id = ? order by q.created_at, q.id""".formatted(CONFLICT))
			.param(id)
			.query((rs, n) -> new ProjectConflict(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("client_inn"), rs.getString("client_name"), rs.getString("object_name"),
					rs.getString("address"), rs.getString("region_code"), rs.getBigDecimal("amount"),
					ProjectStatus.valueOf(rs.getString("status")), rs.getObject("protected_until", LocalDate.class),
					rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("same_address"),
					rs.getDouble("name_similarity")))
			.list();
	}

	private List<Project.Line> lines(long id) {
		return jdbc.sql("select line_no, sku, quantity from project_lines where project_id = ? order by line_no")
			.param(id)
			.query((rs, n) -> new Project.Line(rs.getInt("line_no"), rs.getString("sku"), null,
					rs.getBigDecimal("quantity")))
			.list();
	}

	private List<Project.Attachment> attachments(long id) {
		return jdbc.sql("""
				select id, file_name, size_bytes, added_by, added_at from project_attachments
				 where project_id = ? order by id""")
			.param(id)
			.query((rs, n) -> new Project.Attachment(rs.getLong("id"), rs.getString("file_name"),
					rs.getLong("size_bytes"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class)))
			.list();
	}

	public long insertAttachment(long projectId, long distributorId, String name, byte[] content, String by) {
		return jdbc.sql("""
				insert into project_attachments (project_id, distributor_id, file_name, size_bytes, content, added_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(projectId, distributorId, name, content.length, content, by)
			.query(Long.class)
			.single();
	}

	public record File(String fileName, byte[] content) {
	}

	public Optional<File> attachment(long projectId, long attachmentId) {
		return jdbc.sql("select file_name, content from project_attachments where id = ? and project_id = ?")
			.params(attachmentId, projectId)
			.query((rs, n) -> new File(rs.getString("file_name"), rs.getBytes("content")))
			.optional();
	}

	private static ProjectSummary summary(ResultSet rs, int row) throws SQLException {
		return new ProjectSummary(rs.getLong("id"), rs.getString("distributor_code"), rs.getString("distributor_name"),
				rs.getString("client_inn"), rs.getString("client_name"), rs.getString("object_name"),
				rs.getString("region_code"), rs.getBigDecimal("amount"), ProjectStatus.valueOf(rs.getString("status")),
				rs.getObject("protected_until", LocalDate.class), rs.getObject("delivery_date", LocalDate.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getInt("conflicts"));
	}

	private static Project project(ResultSet rs, List<Project.Line> lines, List<Project.Attachment> attachments)
			throws SQLException {
		return new Project(rs.getLong("id"), rs.getLong("distributor_id"), rs.getString("distributor_code"),
				rs.getString("distributor_name"), rs.getString("client_inn"), rs.getString("client_name"),
				(Long) rs.getObject("client_id"), rs.getString("object_name"), rs.getString("address"),
				rs.getString("region_code"), rs.getObject("tender_date", LocalDate.class),
				rs.getObject("delivery_date", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("competitors"),
				rs.getString("comment"), ProjectStatus.valueOf(rs.getString("status")),
				rs.getString("decision_comment"), rs.getString("decided_by"),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("approved_on", LocalDate.class),
				rs.getObject("protected_until", LocalDate.class), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("submitted_at", OffsetDateTime.class),
				lines, attachments);
	}

}
