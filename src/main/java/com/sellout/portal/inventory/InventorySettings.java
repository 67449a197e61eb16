package com.sellout.portal.inventory;

import java.math.BigDecimal;

import com.sellout.portal.database.DataScopes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel inventory's thresholds ({@code inventory_settings}, one row): everyone
 * reads them (a distributor sees why its stock is called low), only the manufacturer
 * changes them, and a change is announced ({@link InventorySettingsChanged}) so that
 * every distributor's bands and staleness are computed again.
 */
@Service
public class InventorySettings {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	InventorySettings(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public StockThresholds current() {
		return jdbc.sql("select low_weeks, excess_weeks, stale_days from inventory_settings where id = 1")
			.query((rs, i) -> new StockThresholds(plain(rs.getBigDecimal(1)), plain(rs.getBigDecimal(2)), rs.getInt(3)))
			.optional()
			.orElse(StockThresholds.DEFAULTS);
	}

	/**
	 * Saves the thresholds (the manufacturer's scope only); announces them when they
	 * changed.
	 */
	@Transactional
	public StockThresholds save(StockThresholds thresholds, String changedBy) {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer sets the inventory thresholds");
		}
		if (!thresholds.valid()) {
			throw new IllegalArgumentException("Thresholds out of range: " + thresholds);
		}
		StockThresholds before = current();
		jdbc.sql("""
				insert into inventory_settings (id, low_weeks, excess_weeks, stale_days, updated_at, updated_by)
				values (1, :low, :excess, :stale, now(), :by)
				on conflict (id) do update set low_weeks = excluded.low_weeks, excess_weeks = excluded.excess_weeks,
				       stale_days = excluded.stale_days, updated_at = now(), updated_by = excluded.updated_by""")
			.param("low", thresholds.lowWeeks())
			.param("excess", thresholds.excessWeeks())
			.param("stale", thresholds.staleDays())
			.param("by", changedBy)
			.update();
		StockThresholds after = current();
		if (!after.equals(before)) {
			events.publishEvent(new InventorySettingsChanged(after));
		}
		return after;
	}

	/** 4.00 is 4 and 10.00 is 10 (not 1E+1): comparable, and shown as people write it. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
