package com.sellout.portal.calendar.internal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.calendar.DueRule;
import com.sellout.portal.calendar.ReportingRule;
import com.sellout.portal.calendar.ReportingRules;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting terms: one row of defaults ({@code calendar_reporting_defaults}) and a
 * distributor's own terms where the manufacturer set them
 * ({@code calendar_reporting_rules}, whole: an override replaces every term). Read in the
 * caller's scope: a distributor's user reads its own override only.
 */
@Service
public class ReportingTerms implements ReportingRules {

	private static final String COLUMNS = "due_kind, due_day, week_due, grace_working_days, zone, expects_stock";

	private static final RowMapper<ReportingRule> RULE = (rs, i) -> new ReportingRule(
			new DueRule(DueRule.Kind.valueOf(rs.getString("due_kind")), rs.getInt("due_day")), rs.getInt("week_due"),
			rs.getInt("grace_working_days"), ZoneId.of(rs.getString("zone")), rs.getBoolean("expects_stock"));

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	ReportingTerms(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional(readOnly = true)
	public ReportingRule defaults() {
		return jdbc.sql("select " + COLUMNS + " from calendar_reporting_defaults where id = 1").query(RULE).single();
	}

	@Override
	@Transactional(readOnly = true)
	public ReportingRule of(long distributorId) {
		return override(distributorId).orElseGet(this::defaults);
	}

	/** The distributor's own terms, if the manufacturer set any. */
	@Transactional(readOnly = true)
	public Optional<ReportingRule> override(long distributorId) {
		return jdbc.sql("select " + COLUMNS + " from calendar_reporting_rules where distributor_id = ?")
			.param(distributorId)
			.query(RULE)
			.optional();
	}

	/** Every override the scope sees, by distributor. */
	@Transactional(readOnly = true)
	public Map<Long, ReportingRule> overrides() {
		Map<Long, ReportingRule> rules = new HashMap<>();
		jdbc.sql("select distributor_id, " + COLUMNS + " from calendar_reporting_rules").query(rs -> {
			rules.put(rs.getLong("distributor_id"), RULE.mapRow(rs, 0));
		});
		return rules;
	}

	@Transactional
	public void saveDefaults(ReportingRule rule) {
		String login = manufacturer();
		jdbc.sql("""
				update calendar_reporting_defaults
				   set due_kind = ?, due_day = ?, week_due = ?, grace_working_days = ?, zone = ?, expects_stock = ?,
				       updated_at = now(), updated_by = ?
				 where id = 1""")
			.params(rule.due().kind().name(), rule.due().day(), rule.weekDue(), rule.graceWorkingDays(),
					rule.zone().getId(), rule.expectsStock(), login)
			.update();
		auditLog.record(AuditAction.REPORTING_TERMS_CHANGED, "reporting-terms", "defaults", null, describe(rule));
	}

	@Transactional
	public void saveOverride(long distributorId, ReportingRule rule) {
		String login = manufacturer();
		jdbc.sql("""
				insert into calendar_reporting_rules (distributor_id, due_kind, due_day, week_due, grace_working_days,
				                                      zone, expects_stock, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, now(), ?)
				on conflict (distributor_id) do update
				   set due_kind = excluded.due_kind, due_day = excluded.due_day, week_due = excluded.week_due,
				       grace_working_days = excluded.grace_working_days, zone = excluded.zone,
				       expects_stock = excluded.expects_stock, updated_at = now(), updated_by = excluded.updated_by""")
			.params(distributorId, rule.due().kind().name(), rule.due().day(), rule.weekDue(), rule.graceWorkingDays(),
					rule.zone().getId(), rule.expectsStock(), login)
			.update();
		auditLog.record(AuditAction.REPORTING_TERMS_CHANGED, "distributor", distributorId, distributorId,
				"own terms: " + describe(rule));
	}

	@Transactional
	public void clearOverride(long distributorId) {
		manufacturer();
		int cleared = jdbc.sql("delete from calendar_reporting_rules where distributor_id = ?")
			.param(distributorId)
			.update();
		if (cleared > 0) {
			auditLog.record(AuditAction.REPORTING_TERMS_CHANGED, "distributor", distributorId, distributorId,
					"own terms cleared: the defaults apply");
		}
	}

	private static String describe(ReportingRule rule) {
		return "due " + rule.due().kind() + " " + rule.due().day() + ", weeks " + rule.weekDue() + ", grace "
				+ rule.graceWorkingDays() + ", zone " + rule.zone().getId() + ", stock "
				+ (rule.expectsStock() ? "expected" : "not expected");
	}

	/** Only the manufacturer's administrator sets the terms. */
	private static String manufacturer() {
		return CurrentUser.get()
			.filter(CurrentUser::isAdmin)
			.map(CurrentUser::login)
			.orElseThrow(() -> new AccessDeniedException("Only the manufacturer's administrator sets reporting terms"));
	}

}
