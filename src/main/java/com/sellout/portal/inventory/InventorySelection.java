package com.sellout.portal.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.shared.ListQuery;

import org.springframework.jdbc.core.RowMapper;

/**
 * The SQL every reading of the channel inventory shares: its rows joined with the
 * catalog's product (name, group) and the distributor's code, narrowed by a filter — only
 * the conditions the filter sets, so that PostgreSQL plans each query for what it asks.
 * Reads the catalog and the distributors only through their read views.
 */
final class InventorySelection {

	static final String COLUMNS = "select ci.distributor_id, d.code as distributor, ci.sku, p.name, ci.period,"
			+ " ci.opening, ci.opening_source, ci.sell_in, ci.sell_out, ci.calculated_closing, ci.reported_closing,"
			+ " ci.stock_report_id, ci.gap, ci.gap_value, ci.gap_percent, ci.weekly_sell_out, ci.weeks_of_supply,"
			+ " ci.band, ci.last_sale, ci.stale_days, ci.stale, d.transit_days";

	static final RowMapper<InventoryRow> ROW = (rs, i) -> new InventoryRow(rs.getLong("distributor_id"),
			rs.getString("distributor"), rs.getString("sku"), rs.getString("name"),
			YearMonth.from(rs.getDate("period").toLocalDate()), rs.getBigDecimal("opening"),
			InventoryRow.OpeningSource.valueOf(rs.getString("opening_source")), rs.getBigDecimal("sell_in"),
			rs.getBigDecimal("sell_out"), rs.getBigDecimal("calculated_closing"), rs.getBigDecimal("reported_closing"),
			longOrNull(rs, "stock_report_id"), rs.getBigDecimal("gap"), rs.getBigDecimal("gap_value"),
			rs.getBigDecimal("gap_percent"), rs.getBigDecimal("weekly_sell_out"), rs.getBigDecimal("weeks_of_supply"),
			rs.getString("band") == null ? null : Band.valueOf(rs.getString("band")),
			rs.getDate("last_sale") == null ? null : rs.getDate("last_sale").toLocalDate(), intOrNull(rs, "stale_days"),
			rs.getBoolean("stale"), rs.getInt("transit_days"));

	private InventorySelection() {
	}

	/** The joined rows of the filter's month (or of {@code :from}–{@code :to}). */
	static String from(InventoryFilter filter, boolean monthRange) {
		StringBuilder sql = new StringBuilder(" from channel_inventory ci")
			.append(" join distributor_directory d on d.id = ci.distributor_id")
			.append(" left join catalog_products p on p.sku = ci.sku")
			.append(monthRange ? " where ci.period between :from and :to" : " where ci.period = :period");
		if (filter.distributorId() != null) {
			sql.append(" and ci.distributor_id = :distributor");
		}
		if (filter.sku() != null) {
			sql.append(" and ci.sku = :sku");
		}
		if (filter.search() != null) {
			sql.append(" and (lower(ci.sku) like :search or lower(p.name) like :search)");
		}
		if (filter.groupId() != null) {
			// the group and its sub-groups at any depth: those whose path begins with its
			// path (the path's own wildcards escaped)
			sql.append(" and p.group_id in (select g.id from catalog_groups g join catalog_groups root")
				.append(" on root.id = :group where g.id = root.id or g.path like")
				.append(" replace(replace(replace(root.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || ' / %')");
		}
		if (filter.band() != null) {
			sql.append(" and ci.band = :band");
		}
		if (filter.staleOnly()) {
			sql.append(" and ci.stale");
		}
		return sql.toString();
	}

	static Map<String, Object> params(InventoryFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("period", filter.period().atDay(1));
		params.put("distributor", filter.distributorId());
		params.put("sku", filter.sku());
		params.put("search", filter.search() == null ? null
				: "%" + ListQuery.escapeLike(filter.search().toLowerCase(Locale.ROOT)) + "%");
		params.put("group", filter.groupId());
		params.put("band", filter.band() == null ? null : filter.band().name());
		return params;
	}

	private static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
