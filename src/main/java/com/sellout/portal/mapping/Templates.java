package com.sellout.portal.mapping;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distributors' templates — how each of their file layouts is read — to look at,
 * rename, correct or delete, with the reports read by each; and, for the pipeline, the
 * templates by header signature and the keeping of a layout as one. A distributor manages
 * its own.
 */
@Service
public class Templates {

	private static final int REPORTS_SHOWN = 200;

	private final TemplateStore store;

	private final TemplateUsage usage;

	private final Distributors distributors;

	Templates(TemplateStore store, TemplateUsage usage, Distributors distributors) {
		this.store = store;
		this.usage = usage;
		this.distributors = distributors;
	}

	/** A template as its list and page show it. */
	public record Template(long id, long distributorId, String distributor, String name, boolean confirmed,
			OffsetDateTime updatedAt, String updatedBy, long reports, Layout layout) {

		/** The keys of the fields its columns hold ("sale_date"), in column order. */
		public List<String> fields() {
			return layout.columns()
				.stream()
				.map(Layout.MappedColumn::field)
				.filter(Objects::nonNull)
				.map(CanonicalField::key)
				.toList();
		}

	}

	@Transactional(readOnly = true)
	public List<Template> list(Long distributorId) {
		List<TemplateStore.Row> rows = store.list(distributorId);
		Map<Long, Long> counts = usage.reportCounts(rows.stream().map(TemplateStore.Row::id).toList());
		Map<Long, String> codes = new HashMap<>();
		List<Template> templates = new ArrayList<>();
		for (TemplateStore.Row row : rows) {
			String code = codes.computeIfAbsent(row.distributorId(), this::code);
			templates.add(template(row, code, counts.getOrDefault(row.id(), 0L)));
		}
		templates.sort(Comparator.comparing(Template::distributor)); // stable: newest
																		// first within a
																		// distributor
		return templates;
	}

	@Transactional(readOnly = true)
	public Template get(long id) {
		TemplateStore.Row row = store.find(id).orElseThrow(NotFoundException::new);
		return template(row, code(row.distributorId()), usage.reportCounts(List.of(id)).getOrDefault(id, 0L));
	}

	/** The reports read with the template, newest first. */
	@Transactional(readOnly = true)
	public List<Long> reports(long id) {
		get(id);
		return usage.reports(id, REPORTS_SHOWN);
	}

	@Transactional
	public void rename(long id, String name) {
		get(id);
		String value = name == null || name.isBlank() ? null : name.strip();
		store.rename(id, value == null || value.length() <= 200 ? value : value.substring(0, 200), actor());
	}

	/**
	 * Corrects the fields of the template's columns (by position); the next files of this
	 * layout are read so.
	 */
	@Transactional
	public void changeFields(long id, List<String> fields) {
		Template template = get(id);
		List<Layout.MappedColumn> columns = new ArrayList<>();
		for (int i = 0; i < template.layout().columns().size(); i++) {
			Layout.MappedColumn column = template.layout().columns().get(i);
			CanonicalField field = i < fields.size() ? CanonicalField.byKey(fields.get(i)).orElse(null) : null;
			columns.add(new Layout.MappedColumn(column.index(), column.header(), field, field == null ? 0.0 : 1.0));
		}
		// a layout read with no date column (a grouped 1C report dated by its title's
		// period) stays so
		boolean datedByPeriod = template.layout()
			.columns()
			.stream()
			.noneMatch(c -> c.field() == CanonicalField.SALE_DATE);
		List<String> missing = RequiredFields.missing(columns, template.layout().grouping(), datedByPeriod);
		if (!missing.isEmpty()) {
			throw new InvalidFieldsException(missing.stream()
				.map(f -> new InvalidFieldsException.FieldProblem(f, "sellout.mapping.missingField"))
				.toList());
		}
		Layout layout = new Layout(template.layout().headerRows(), template.layout().firstDataRow(), columns,
				template.layout().settings(), template.layout().grouping());
		store.changeLayout(id, layout, actor());
	}

	/**
	 * Forgets the template: the next file of its layout is detected afresh. Reports keep
	 * their lines.
	 */
	@Transactional
	public void delete(long id) {
		get(id);
		store.delete(id);
	}

	/** The distributor's templates by header signature, for reading its next table. */
	@Transactional(readOnly = true)
	public Map<String, Layout> byHeader(long distributorId) {
		return store.byHeader(distributorId);
	}

	/** The distributor's template for the header of this signature, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(long distributorId, String signature) {
		return store.idOf(distributorId, signature);
	}

	/**
	 * Keeps the layout a table was read with as the distributor's template for its
	 * header: a person's replaces the one there, a detected one is kept only when there
	 * is none. The period is the report's, never the template's; what its lines are
	 * (sell-out or stock) is the template's.
	 * @param name the template's name when it is new (the file's name)
	 */
	@Transactional
	public void keep(long distributorId, String signature, Layout layout, boolean confirmed, String actor,
			String name) {
		Layout kept = new Layout(layout.headerRows(), layout.firstDataRow(), layout.columns(),
				new Layout.Settings(layout.settings() == null ? null : layout.settings().amountsIncludeVat(),
						layout.settings() == null ? null : layout.settings().vatRate(), null,
						layout.settings() == null ? null : layout.settings().kind()),
				layout.grouping());
		store.keep(distributorId, signature, kept, confirmed, actor, name);
	}

	private String code(long distributorId) {
		return distributors.find(distributorId).map(Distributor::code).orElse("#" + distributorId);
	}

	private static Template template(TemplateStore.Row row, String code, long reports) {
		return new Template(row.id(), row.distributorId(), code, row.name(), row.confirmed(), row.updatedAt(),
				row.updatedBy(), reports, row.layout());
	}

	private static String actor() {
		return CurrentUser.get().map(CurrentUser::login).orElse("system");
	}

}
