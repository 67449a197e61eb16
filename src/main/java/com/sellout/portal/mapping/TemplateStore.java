package com.sellout.portal.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code sellout_templates}, mapping's own table: every statement on it is
 * here. The table keeps its name from when the templates were part of sell-out; row-level
 * security scopes it to the caller's distributors as before.
 */
@Repository
class TemplateStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	TemplateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A template's row as stored, before the names of its distributor and the reports
	 * read with it are added.
	 */
	record Row(long id, long distributorId, String name, boolean confirmed, OffsetDateTime updatedAt, String updatedBy,
			Layout layout) {
	}

	private static final String SELECT = """
			select id, distributor_id, coalesce(name, '#' || id) as name, confirmed, updated_at, updated_by,
			       layout::text as layout
			  from sellout_templates""";

	List<Row> list(Long distributorId) {
		return jdbc.sql(SELECT + " where (:d::bigint is null or distributor_id = :d) order by updated_at desc")
			.param("d", distributorId)
			.query(TemplateStore::row)
			.list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(TemplateStore::row).optional();
	}

	Map<String, Layout> byHeader(long distributorId) {
		Map<String, Layout> templates = new HashMap<>();
		jdbc.sql("select signature, layout::text from sellout_templates where distributor_id = ?")
			.param(distributorId)
			.query((rs, i) -> templates.put(rs.getString(1), JSON.readValue(rs.getString(2), Layout.class)))
			.list();
		return templates;
	}

	Optional<Long> idOf(long distributorId, String signature) {
		return jdbc.sql("select id from sellout_templates where distributor_id = ? and signature = ?")
			.params(distributorId, signature)
			.query(Long.class)
			.optional();
	}

	/**
	 * A person's layout replaces the template of its header; a detected one is kept only
	 * when there is none.
	 */
	void keep(long distributorId, String signature, Layout layout, boolean confirmed, String actor, String name) {
		jdbc.sql(confirmed
				? """
						insert into sellout_templates (distributor_id, signature, layout, confirmed, updated_by, name)
						values (?, ?, ?::jsonb, true, ?, ?)
						on conflict (distributor_id, signature)
						do update set layout = excluded.layout, confirmed = true, updated_at = now(), updated_by = excluded.updated_by"""
				: """
						insert into sellout_templates (distributor_id, signature, layout, confirmed, updated_by, name)
						values (?, ?, ?::jsonb, false, ?, ?)
						on conflict (distributor_id, signature) do nothing""")
			.params(distributorId, signature, JSON.writeValueAsString(layout), actor, name)
			.update();
	}

	void rename(long id, String name, String actor) {
		jdbc.sql("update sellout_templates set name = ?, updated_at = now(), updated_by = ? where id = ?")
			.params(name, actor, id)
			.update();
	}

	void changeLayout(long id, Layout layout, String actor) {
		jdbc.sql(
				"update sellout_templates set layout = ?::jsonb, confirmed = true, updated_at = now(), updated_by = ? where id = ?")
			.params(JSON.writeValueAsString(layout), actor, id)
			.update();
	}

	void delete(long id) {
		jdbc.sql("delete from sellout_templates where id = ?").param(id).update();
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("distributor_id"), rs.getString("name"), rs.getBoolean("confirmed"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
				JSON.readValue(rs.getString("layout"), Layout.class));
	}

}
