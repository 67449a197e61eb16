package com.sellout.portal.inventory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a distributor's channel inventory from a month on: its rows of that month and
 * later are deleted and the recomputed ones inserted, a few thousand per statement (each
 * column one text array, unnested by the database), so that tens of thousands of rows
 * take one round trip per chunk.
 */
@Component
class InventoryTable {

	private static final Logger log = LoggerFactory.getLogger(InventoryTable.class);

	private static final int CHUNK = 5_000;

	/** Each column of a row and its SQL type (the arrays arrive as text). */
	private static final List<Column> COLUMNS = List.of(new Column("sku", "text", InventoryRow::sku),
			new Column("period", "date", r -> r.period().atDay(1)),
			new Column("opening", "numeric", InventoryRow::opening),
			new Column("opening_source", "text", InventoryRow::openingSource),
			new Column("sell_in", "numeric", InventoryRow::sellIn),
			new Column("sell_out", "numeric", InventoryRow::sellOut),
			new Column("calculated_closing", "numeric", InventoryRow::calculatedClosing),
			new Column("reported_closing", "numeric", InventoryRow::reportedClosing),
			new Column("stock_report_id", "bigint", InventoryRow::stockReportId),
			new Column("gap", "numeric", InventoryRow::gap), new Column("gap_value", "numeric", InventoryRow::gapValue),
			new Column("gap_percent", "numeric", InventoryRow::gapPercent),
			new Column("weekly_sell_out", "numeric", InventoryRow::weeklySellOut),
			new Column("weeks_of_supply", "numeric", InventoryRow::weeksOfSupply),
			new Column("band", "text", InventoryRow::band), new Column("last_sale", "date", InventoryRow::lastSale),
			new Column("stale_days", "integer", InventoryRow::staleDays),
			new Column("stale", "boolean", InventoryRow::stale));

	private static final String INSERT = insert();

	private final JdbcClient jdbc;

	InventoryTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the distributor's rows from {@code from} on (all when null); how many. */
	int replace(long distributorId, YearMonth from, List<InventoryRow> rows) {
		jdbc.sql("delete from channel_inventory where distributor_id = ? and period >= ?")
			.params(distributorId, from == null ? LocalDate.of(1, 1, 1) : from.atDay(1))
			.update();
		long inserting = System.nanoTime();
		for (int start = 0; start < rows.size(); start += CHUNK) {
			List<InventoryRow> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
			List<Object> params = new ArrayList<>(COLUMNS.size() + 1);
			params.add(distributorId);
			for (Column column : COLUMNS) {
				String[] values = new String[chunk.size()];
				for (int i = 0; i < values.length; i++) {
					Object value = column.value().apply(chunk.get(i));
					values[i] = value == null ? null
							: value instanceof BigDecimal d ? d.toPlainString() : value.toString();
				}
				params.add(values);
			}
			jdbc.sql(INSERT).params(params).update();
		}
		log.debug("Inserted {} rows of distributor {} in {} ms", rows.size(), distributorId,
				(System.nanoTime() - inserting) / 1_000_000);
		return rows.size();
	}

	/** Removes what a distributor that no longer exists (or has no figures) had. */
	void clear(long distributorId) {
		jdbc.sql("delete from channel_inventory where distributor_id = ?").param(distributorId).update();
	}

	private static String insert() {
		StringBuilder names = new StringBuilder();
		StringBuilder casts = new StringBuilder();
		StringBuilder arrays = new StringBuilder();
		for (Column column : COLUMNS) {
			String separator = names.isEmpty() ? "" : ", ";
			names.append(separator).append(column.name());
			casts.append(separator)
				.append("cast(u.")
				.append(column.name())
				.append(" as ")
				.append(column.type())
				.append(')');
			arrays.append(separator).append("cast(? as text[])");
		}
		return "insert into channel_inventory (distributor_id, " + names + ") select ?, " + casts + " from unnest("
				+ arrays + ") as u(" + names + ")";
	}

	private record Column(String name, String type, Function<InventoryRow, Object> value) {
	}

}
