package com.sellout.portal.sellout;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distributors' templates — how each of their file layouts is read — to look at, rename,
 * correct or delete, with the reports read by each. A distributor manages its own.
 */
@Service
public class Templates {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Templates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A template as its list and page show it. */
	public record Template(long id, long distributorId, String distributor, String name, boolean confirmed,
			OffsetDateTime updatedAt, String updatedBy, long reports, Layout layout) {

		public List<String> fields() {
			return layout.columns().stream().map(Layout.MappedColumn::field).filter(Objects::nonNull).toList();
		}

	}

	private static final String SELECT = """
			select t.id, t.distributor_id, d.code, coalesce(t.name, '#' || t.id) as name, t.confirmed, t.updated_at,
			       t.updated_by, (select count(*) from sellout_reports r where r.template_id = t.id) as reports,
			       t.layout::text as layout
			  from sellout_templates t join distributors d on d.id = t.distributor_id""";

	@Transactional(readOnly = true)
	public List<Template> list(Long distributorId) {
		return jdbc.sql(SELECT + " where (:d::bigint is null or t.distributor_id = :d) order by d.code, t.updated_at desc")
			.param("d", distributorId).query(Templates::row).list();
	}

	@Transactional(readOnly = true)
	public Template get(long id) {
		return jdbc.sql(SELECT + " where t.id = ?").param(id).query(Templates::row).optional()
			.orElseThrow(NotFoundException::new);
	}

	/** The reports read with the template, newest first. */
	@Transactional(readOnly = true)
	public List<Long> reports(long id) {
		get(id);
		return jdbc.sql("select id from sellout_reports where template_id = ? order by received_at desc limit 200").param(id)
			.query(Long.class).list();
	}

	@Transactional
	public void rename(long id, String name) {
		get(id);
		String value = name == null || name.isBlank() ? null : name.strip();
		jdbc.sql("update sellout_templates set name = ?, updated_at = now(), updated_by = ? where id = ?")
			.params(value == null || value.length() <= 200 ? value : value.substring(0, 200), actor(), id).update();
	}

	/** Corrects the fields of the template's columns (by position); the next files of this layout are read so. */
	@Transactional
	public void changeFields(long id, List<String> fields) {
		Template template = get(id);
		List<Layout.MappedColumn> columns = new java.util.ArrayList<>();
		for (int i = 0; i < template.layout().columns().size(); i++) {
			Layout.MappedColumn column = template.layout().columns().get(i);
			String field = i < fields.size() && fields.get(i) != null && !fields.get(i).isBlank()
					&& CanonicalField.byKey(fields.get(i)).isPresent() ? fields.get(i) : null;
			columns.add(new Layout.MappedColumn(column.index(), column.header(), field, field == null ? 0.0 : 1.0));
		}
		// a layout read with no date column (a grouped 1C report dated by its title's period) stays so
		boolean datedByPeriod = template.layout().columns().stream().noneMatch(c -> "sale_date".equals(c.field()));
		List<String> missing = RequiredFields.missing(columns, template.layout().grouping(), datedByPeriod);
		if (!missing.isEmpty()) {
			throw new com.sellout.portal.shared.InvalidFieldsException(missing.stream()
				.map(f -> new com.sellout.portal.shared.InvalidFieldsException.FieldProblem(f, "sellout.mapping.missingField"))
				.toList());
		}
		Layout layout = new Layout(template.layout().headerRows(), template.layout().firstDataRow(), columns,
				template.layout().settings(), template.layout().grouping());
		jdbc.sql("update sellout_templates set layout = ?::jsonb, confirmed = true, updated_at = now(), updated_by = ? where id = ?")
			.params(JSON.writeValueAsString(layout), actor(), id).update();
	}

	/** Forgets the template: the next file of its layout is detected afresh. Reports keep their lines. */
	@Transactional
	public void delete(long id) {
		get(id);
		jdbc.sql("delete from sellout_templates where id = ?").param(id).update();
	}

	private static String actor() {
		return CurrentUser.get().map(CurrentUser::login).orElse("system");
	}

	private static Template row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new Template(rs.getLong("id"), rs.getLong("distributor_id"), rs.getString("code"), rs.getString("name"),
				rs.getBoolean("confirmed"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
				rs.getLong("reports"), JSON.readValue(rs.getString("layout"), Layout.class));
	}

}
