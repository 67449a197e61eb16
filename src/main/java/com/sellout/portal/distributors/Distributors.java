package com.sellout.portal.distributors;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;
import com.sellout.portal.shared.Region;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distributors register. Every query is limited to the caller's data scope here, and
 * again by PostgreSQL's row-level security: a distributor's user sees its own distributor
 * only.
 */
@Service
public class Distributors {

	private static final Set<String> SORTABLE = Set.of("code", "name", "inn", "reporting_frequency", "active",
			"contract_end", "updated_at");

	private static final String SCOPED = "(:all or id = :own)";

	/** The register's columns and each distributor's region codes, in code order. */
	private static final String SELECT = """
			select d.*, array(select r.region_code from distributor_regions r
			                   where r.distributor_id = d.id order by r.region_code) as region_codes
			  from distributors d""";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ResponsibleManagers> managers;

	/**
	 * The responsible managers come from identity, which the module runs without in its
	 * own tests: without it nobody can be named.
	 */
	Distributors(JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events,
			ObjectProvider<ResponsibleManagers> managers) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.events = events;
		this.managers = managers;
	}

	/**
	 * Whom a distributor's responsible manager may be: the manufacturer's active
	 * administrators and analysts.
	 */
	@Transactional(readOnly = true)
	public List<ResponsibleManager> responsibleCandidates() {
		requireManufacturer();
		ResponsibleManagers directory = managers.getIfAvailable();
		return directory == null ? List.of() : directory.candidates();
	}

	/**
	 * A distributor's responsible manager, also one no longer active; empty when it has
	 * none or the caller may not see the manufacturer's users.
	 */
	@Transactional(readOnly = true)
	public Optional<ResponsibleManager> responsibleOf(Distributor distributor) {
		ResponsibleManagers directory = managers.getIfAvailable();
		if (distributor.responsibleUserId() == null || directory == null) {
			return Optional.empty();
		}
		return directory.find(distributor.responsibleUserId());
	}

	/**
	 * Whether the user may be named responsible: an active candidate, or the one already
	 * named (an edit that leaves them is no new choice).
	 */
	@Transactional(readOnly = true)
	public boolean mayBeResponsible(Long userId, Long current) {
		if (userId == null || userId.equals(current)) {
			return true;
		}
		return responsibleCandidates().stream().anyMatch(m -> m.userId() == userId);
	}

	@Transactional(readOnly = true)
	public PageSlice<Distributor> find(Boolean active, ListQuery query) {
		String where = " where " + SCOPED
				+ """
						and (cast(:active as boolean) is null or active = :active)
						and (cast(:search as text) is null or lower(code || ' ' || name || ' ' || inn || ' ' || coalesce(regions_note, '')) like :search
						     or exists (select 1 from distributor_regions r
						                 where r.distributor_id = d.id and r.region_code = any(:searchRegions)))""";
		DataScope scope = DataScopes.current();
		long total = jdbc.sql("select count(*) from distributors d" + where)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("active", active)
			.param("search", query.likePattern())
			.param("searchRegions", regionsNamed(query.search()))
			.query(Long.class)
			.single();
		List<Distributor> items = jdbc
			.sql(SELECT + where + " order by " + query.sortOr(SORTABLE, "code") + " " + query.direction()
					+ ", id limit :limit offset :offset")
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("active", active)
			.param("search", query.likePattern())
			.param("searchRegions", regionsNamed(query.search()))
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(ROWS)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/** All distributors of the scope, by code: for choosers. */
	@Transactional(readOnly = true)
	public List<Distributor> all() {
		DataScope scope = DataScopes.current();
		return jdbc.sql(SELECT + " where " + SCOPED + " order by code")
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(ROWS)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Distributor> find(long id) {
		DataScope scope = DataScopes.current();
		return jdbc.sql(SELECT + " where id = :id and " + SCOPED)
			.param("id", id)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(ROWS)
			.optional();
	}

	/** A distributor of the scope by its code (any case) or its ИНН. */
	@Transactional(readOnly = true)
	public Optional<Distributor> findByCodeOrInn(String codeOrInn) {
		DataScope scope = DataScopes.current();
		return jdbc
			.sql(SELECT + " where (upper(code) = upper(:key) or inn = :key) and " + SCOPED + " order by id limit 1")
			.param("key", codeOrInn == null ? "" : codeOrInn.strip())
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(ROWS)
			.optional();
	}

	@Transactional(readOnly = true)
	public Distributor get(long id) {
		return find(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public boolean codeTaken(String code, Long exceptId) {
		requireManufacturer();
		return jdbc
			.sql("select count(*) from distributors where upper(code) = upper(:code) and id <> coalesce(:except, -1)")
			.param("code", code)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	public Distributor create(DistributorForm form) {
		requireManufacturer();
		requireResponsibleCandidate(form.responsibleUserId(), null);
		long id = jdbc
			.sql("""
					insert into distributors (code, name, inn, kpp, regions_note, contract_start, contract_end,
					                          reporting_frequency, email, phone, transit_days, responsible_user_id)
					values (:code, :name, :inn, :kpp, :regionsNote, :contractStart, :contractEnd, :frequency, :email, :phone,
					        :transitDays, :responsible)
					returning id""")
			.params(columns(form))
			.query(Long.class)
			.single();
		saveRegions(id, form.regions());
		auditLog.record(AuditAction.DISTRIBUTOR_CREATED, "distributor", id, id, form.code() + " " + form.name());
		return get(id);
	}

	@Transactional
	public Distributor update(long id, DistributorForm form) {
		requireManufacturer();
		Distributor before = get(id);
		requireResponsibleCandidate(form.responsibleUserId(), before.responsibleUserId());
		jdbc.sql("""
				update distributors set code = :code, name = :name, inn = :inn, kpp = :kpp, regions_note = :regionsNote,
				       contract_start = :contractStart, contract_end = :contractEnd, reporting_frequency = :frequency,
				       email = :email, phone = :phone, transit_days = :transitDays,
				       responsible_user_id = :responsible, updated_at = now()
				 where id = :id""").params(columns(form)).param("id", id).update();
		saveRegions(id, form.regions());
		if (before.transitDays() != form.transitDays()) {
			events.publishEvent(new DistributorTransitChanged(id, before.transitDays(), form.transitDays()));
		}
		auditLog.record(AuditAction.DISTRIBUTOR_CHANGED, "distributor", id, id, describeChange(before, form));
		return get(id);
	}

	@Transactional
	public void setActive(long id, boolean active) {
		requireManufacturer();
		Distributor distributor = get(id);
		jdbc.sql("update distributors set active = :active, updated_at = now() where id = :id")
			.param("active", active)
			.param("id", id)
			.update();
		if (!active) {
			events.publishEvent(new DistributorDeactivated(id));
		}
		auditLog.record(active ? AuditAction.DISTRIBUTOR_ACTIVATED : AuditAction.DISTRIBUTOR_DEACTIVATED, "distributor",
				id, id, distributor.code());
	}

	private void requireResponsibleCandidate(Long userId, Long current) {
		if (!mayBeResponsible(userId, current)) {
			throw new InvalidFieldsException(List.of(new InvalidFieldsException.FieldProblem("responsibleUserId",
					"not an active administrator or analyst of the manufacturer")));
		}
	}

	private void saveRegions(long id, List<String> codes) {
		jdbc.sql("delete from distributor_regions where distributor_id = :id").param("id", id).update();
		jdbc.sql("""
				insert into distributor_regions (distributor_id, region_code)
				select :id, code from unnest(cast(:codes as varchar[])) as c(code)""")
			.param("id", id)
			.param("codes", codes.toArray(String[]::new))
			.update();
	}

	/** The codes of the subjects whose name holds the searched text. */
	private static String[] regionsNamed(String search) {
		if (search == null || search.isBlank()) {
			return new String[0];
		}
		String text = search.strip().toLowerCase(Locale.ROOT);
		return Region.all()
			.stream()
			.filter(r -> r.code().equals(text) || r.name().toLowerCase(Locale.ROOT).contains(text))
			.map(Region::code)
			.toArray(String[]::new);
	}

	private static final RowMapper<Distributor> ROWS = (rs, n) -> new Distributor(rs.getLong("id"),
			rs.getString("code"), rs.getString("name"), rs.getString("inn"), rs.getString("kpp"),
			List.of((String[]) rs.getArray("region_codes").getArray()), rs.getString("regions_note"),
			rs.getObject("contract_start", LocalDate.class), rs.getObject("contract_end", LocalDate.class),
			ReportingFrequency.valueOf(rs.getString("reporting_frequency")), rs.getString("email"),
			rs.getString("phone"), rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class),
			rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("transit_days"),
			rs.getObject("responsible_user_id", Long.class));

	private static Map<String, Object> columns(DistributorForm form) {
		var columns = new HashMap<String, Object>();
		columns.put("code", form.code());
		columns.put("name", form.name());
		columns.put("inn", form.inn());
		columns.put("kpp", form.kpp());
		columns.put("regionsNote", form.regionsNote());
		columns.put("responsible", form.responsibleUserId());
		columns.put("contractStart", form.contractStart());
		columns.put("contractEnd", form.contractEnd());
		columns.put("frequency", form.reportingFrequency().name());
		columns.put("email", form.email());
		columns.put("phone", form.phone());
		columns.put("transitDays", form.transitDays());
		return columns;
	}

	private static void requireManufacturer() {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer manages distributors");
		}
	}

	private static String describeChange(Distributor before, DistributorForm after) {
		StringBuilder change = new StringBuilder(before.code());
		appendIfChanged(change, "code", before.code(), after.code());
		appendIfChanged(change, "name", before.name(), after.name());
		appendIfChanged(change, "inn", before.inn(), after.inn());
		appendIfChanged(change, "kpp", before.kpp(), after.kpp());
		appendIfChanged(change, "regions", before.regionCodes(), after.regions());
		appendIfChanged(change, "regionsNote", before.regionsNote(), after.regionsNote());
		appendIfChanged(change, "responsibleUserId", before.responsibleUserId(), after.responsibleUserId());
		appendIfChanged(change, "contractStart", before.contractStart(), after.contractStart());
		appendIfChanged(change, "contractEnd", before.contractEnd(), after.contractEnd());
		appendIfChanged(change, "reportingFrequency", before.reportingFrequency(), after.reportingFrequency());
		appendIfChanged(change, "email", before.email(), after.email());
		appendIfChanged(change, "phone", before.phone(), after.phone());
		appendIfChanged(change, "transitDays", before.transitDays(), after.transitDays());
		return change.toString();
	}

	private static void appendIfChanged(StringBuilder change, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			change.append("; ").append(field).append(": ").append(before).append(" → ").append(after);
		}
	}

}
