package com.sellout.portal.analytics.internal;

import java.math.BigDecimal;

import com.sellout.portal.audit.AuditAction;
import com.sellout.portal.audit.AuditLog;
import com.sellout.portal.database.DataScopes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand-dynamics flag rules ({@code analytics_settings}, one row): everyone reads
 * them (a distributor sees why its group is flagged), only the manufacturer changes them
 * (row-level security lets no one else write the row either). Flags are judged when a
 * page is shown, so a change holds from the next page on: nothing to recompute.
 */
@Service
public class AnalyticsSettings {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	AnalyticsSettings(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public FlagRules current() {
		return jdbc.sql("""
				select stagnation_months, stagnation_drop_pct, stagnation_stock_pct, hype_ratio, hype_months
				  from analytics_settings where id = 1""")
			.query((rs, i) -> new FlagRules(rs.getInt(1), plain(rs.getBigDecimal(2)), plain(rs.getBigDecimal(3)),
					plain(rs.getBigDecimal(4)), rs.getInt(5)))
			.optional()
			.orElse(FlagRules.DEFAULTS);
	}

	/** Saves the rules (the manufacturer's scope only); gives them back as stored. */
	@Transactional
	public FlagRules save(FlagRules rules, String changedBy) {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer sets the demand flag rules");
		}
		if (!rules.valid()) {
			throw new IllegalArgumentException("Flag rules out of range: " + rules);
		}
		jdbc.sql("""
				insert into analytics_settings (id, stagnation_months, stagnation_drop_pct, stagnation_stock_pct,
				       hype_ratio, hype_months, updated_at, updated_by)
				values (1, :sm, :drop, :stock, :ratio, :hm, now(), :by)
				on conflict (id) do update set stagnation_months = excluded.stagnation_months,
				       stagnation_drop_pct = excluded.stagnation_drop_pct,
				       stagnation_stock_pct = excluded.stagnation_stock_pct, hype_ratio = excluded.hype_ratio,
				       hype_months = excluded.hype_months, updated_at = now(), updated_by = excluded.updated_by""")
			.param("sm", rules.stagnationMonths())
			.param("drop", rules.stagnationDropPct())
			.param("stock", rules.stagnationStockPct())
			.param("ratio", rules.hypeRatio())
			.param("hm", rules.hypeMonths())
			.param("by", changedBy)
			.update();
		FlagRules saved = current();
		auditLog.record(AuditAction.ANALYTICS_SETTINGS_CHANGED, "analytics-settings", 1, null, saved.toString());
		return saved;
	}

	/** 10.00 is 10 (not 1E+1): comparable, and shown as people write it. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
