package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.forecasting.PlanningSetting;
import com.sellout.portal.forecasting.PlanningSettings;
import com.sellout.portal.shared.InvalidFieldsException;
import com.sellout.portal.shared.InvalidFieldsException.FieldProblem;
import com.sellout.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer's planning terms ({@code planning_settings}): everyone reads those of
 * the distributors they see (row-level security), only the manufacturer writes them, each
 * change audited. A group's term holds for its sub-groups unless they have their own.
 */
@Service
class PlanningTerms implements PlanningSettings {

	static final int MAX_LEAD_MONTHS = 12;

	static final BigDecimal MAX_COVER_WEEKS = BigDecimal.valueOf(52);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final RequestedScope scope;

	PlanningTerms(JdbcClient jdbc, AuditLog audit, RequestedScope scope) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.scope = scope;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanningSetting> all() {
		return jdbc.sql("""
				select distributor_id, group_id, lead_time_months, cover_weeks from planning_settings
				 order by distributor_id, group_id nulls first""")
			.query((rs, n) -> new PlanningSetting(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3),
					rs.getBigDecimal(4)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public PlanningSetting effective(long distributorId, @Nullable Long groupId) {
		return terms(distributorId).of(distributorId, groupId);
	}

	/** The terms of one distributor (null: all the scope sees), for many look-ups. */
	Terms terms(@Nullable Long distributorId) {
		Map<Long, Long> parents = new HashMap<>();
		jdbc.sql("select id, parent_id from catalog_groups").query(rs -> {
			parents.put(rs.getLong(1), (Long) rs.getObject(2));
		});
		Map<String, PlanningSetting> settings = new HashMap<>();
		jdbc.sql("""
				select distributor_id, group_id, lead_time_months, cover_weeks from planning_settings
				 where cast(:distributor as bigint) is null or distributor_id = :distributor""")
			.param("distributor", distributorId)
			.query(rs -> {
				PlanningSetting s = new PlanningSetting(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3),
						rs.getBigDecimal(4));
				settings.put(s.distributorId() + "/" + s.groupId(), s);
			});
		return new Terms(parents, settings);
	}

	/** The stored terms and the group tree: the nearest setting of a group. */
	record Terms(Map<Long, Long> parents, Map<String, PlanningSetting> settings) {

		PlanningSetting of(long distributorId, @Nullable Long groupId) {
			Long group = groupId;
			int depth = 0;
			while (group != null && depth++ < 64) {
				PlanningSetting own = settings.get(distributorId + "/" + group);
				if (own != null) {
					return own;
				}
				group = parents.get(group);
			}
			PlanningSetting general = settings.get(distributorId + "/null");
			return general != null ? general : PlanningSetting.defaults(distributorId);
		}

	}

	@Override
	@Transactional
	public void save(PlanningSetting setting) {
		requireManufacturer();
		List<FieldProblem> problems = new ArrayList<>();
		if (setting.leadTimeMonths() < 0 || setting.leadTimeMonths() > MAX_LEAD_MONTHS) {
			problems.add(new FieldProblem("leadTimeMonths", "forecast.planning.leadTime.range"));
		}
		if (setting.coverWeeks() == null || setting.coverWeeks().signum() < 0
				|| setting.coverWeeks().compareTo(MAX_COVER_WEEKS) > 0) {
			problems.add(new FieldProblem("coverWeeks", "forecast.planning.cover.range"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		scope.distributor(setting.distributorId());
		if (setting.groupId() != null && jdbc.sql("select count(*) from catalog_groups where id = ?")
			.param(setting.groupId())
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException();
		}
		jdbc.sql("""
				insert into planning_settings (distributor_id, group_id, lead_time_months, cover_weeks, updated_by)
				values (:distributor, :group, :lead, :cover, :by)
				on conflict (distributor_id, coalesce(group_id, 0)) do update
				   set lead_time_months = excluded.lead_time_months, cover_weeks = excluded.cover_weeks,
				       updated_at = now(), updated_by = excluded.updated_by""")
			.param("distributor", setting.distributorId())
			.param("group", setting.groupId())
			.param("lead", setting.leadTimeMonths())
			.param("cover", setting.coverWeeks())
			.param("by", NamedOrderBook.actor())
			.update();
		audit.record(AuditAction.PLANNING_SETTINGS_CHANGED, "planning_setting",
				setting.distributorId() + (setting.groupId() == null ? "" : "/" + setting.groupId()),
				setting.distributorId(), "lead time " + setting.leadTimeMonths() + " months, cover "
						+ setting.coverWeeks().stripTrailingZeros().toPlainString() + " weeks");
	}

	@Override
	@Transactional
	public void delete(long distributorId, @Nullable Long groupId) {
		requireManufacturer();
		scope.distributor(distributorId);
		int deleted = jdbc.sql("""
				delete from planning_settings where distributor_id = :distributor
				   and coalesce(group_id, 0) = coalesce(cast(:group as bigint), 0)""")
			.param("distributor", distributorId)
			.param("group", groupId)
			.update();
		if (deleted > 0) {
			audit.record(AuditAction.PLANNING_SETTINGS_CHANGED, "planning_setting",
					distributorId + (groupId == null ? "" : "/" + groupId), distributorId, "removed");
		}
	}

	static void requireManufacturer() {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer sets the planning terms");
		}
	}

}
