package com.sellout.portal.distributors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;

import org.springframework.context.ApplicationEventPublisher;
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

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	Distributors(JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PageSlice<Distributor> find(Boolean active, ListQuery query) {
		String where = " where " + SCOPED
				+ """
						and (cast(:active as boolean) is null or active = :active)
						and (cast(:search as text) is null or lower(code || ' ' || name || ' ' || inn || ' ' || coalesce(regions, '')) like :search)""";
		DataScope scope = DataScopes.current();
		long total = jdbc.sql("select count(*) from distributors" + where)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("active", active)
			.param("search", query.likePattern())
			.query(Long.class)
			.single();
		List<Distributor> items = jdbc
			.sql("select * from distributors" + where + " order by " + query.sortOr(SORTABLE, "code") + " "
					+ query.direction() + ", id limit :limit offset :offset")
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.param("active", active)
			.param("search", query.likePattern())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(Distributor.class)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/** All distributors of the scope, by code: for choosers. */
	@Transactional(readOnly = true)
	public List<Distributor> all() {
		DataScope scope = DataScopes.current();
		return jdbc.sql("select * from distributors where " + SCOPED + " order by code")
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(Distributor.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Distributor> find(long id) {
		DataScope scope = DataScopes.current();
		return jdbc.sql("select * from distributors where id = :id and " + SCOPED)
			.param("id", id)
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(Distributor.class)
			.optional();
	}

	/** A distributor of the scope by its code (any case) or its ИНН. */
	@Transactional(readOnly = true)
	public Optional<Distributor> findByCodeOrInn(String codeOrInn) {
		DataScope scope = DataScopes.current();
		return jdbc
			.sql("select * from distributors where (upper(code) = upper(:key) or inn = :key) and " + SCOPED
					+ " order by id limit 1")
			.param("key", codeOrInn == null ? "" : codeOrInn.strip())
			.param("all", scope.allDistributors())
			.param("own", scope.distributorId())
			.query(Distributor.class)
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
		long id = jdbc.sql("""
				insert into distributors (code, name, inn, kpp, regions, contract_start, contract_end,
				                          reporting_frequency, email, phone, transit_days)
				values (:code, :name, :inn, :kpp, :regions, :contractStart, :contractEnd, :frequency, :email, :phone,
				        :transitDays)
				returning id""").params(columns(form)).query(Long.class).single();
		auditLog.record(AuditAction.DISTRIBUTOR_CREATED, "distributor", id, id, form.code() + " " + form.name());
		return get(id);
	}

	@Transactional
	public Distributor update(long id, DistributorForm form) {
		requireManufacturer();
		Distributor before = get(id);
		jdbc.sql("""
				update distributors set code = :code, name = :name, inn = :inn, kpp = :kpp, regions = :regions,
				       contract_start = :contractStart, contract_end = :contractEnd, reporting_frequency = :frequency,
				       email = :email, phone = :phone, transit_days = :transitDays, updated_at = now()
				 where id = :id""").params(columns(form)).param("id", id).update();
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

	private static Map<String, Object> columns(DistributorForm form) {
		var columns = new HashMap<String, Object>();
		columns.put("code", form.code());
		columns.put("name", form.name());
		columns.put("inn", form.inn());
		columns.put("kpp", form.kpp());
		columns.put("regions", form.regions());
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
		appendIfChanged(change, "regions", before.regions(), after.regions());
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
