package com.sellout.portal.inventory;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channel inventory as people read it: the rows of a month — one distributor's, or
 * every distributor's per distributor and product — filtered, sorted, paged, with the
 * totals of the whole selection, and the same rows whole for an export or the API. A
 * distributor sees its own rows only (its data scope and row-level security).
 */
@Service
public class InventoryQueries {

	/** The sort names a page may ask for, and what each sorts by. */
	private static final Map<String, String> SORTS = Map.ofEntries(Map.entry("distributor", "d.code"),
			Map.entry("sku", "ci.sku"), Map.entry("name", "p.name"), Map.entry("opening", "ci.opening"),
			Map.entry("sell_in", "ci.sell_in"), Map.entry("sell_out", "ci.sell_out"),
			Map.entry("calculated", "ci.calculated_closing"), Map.entry("reported", "ci.reported_closing"),
			Map.entry("gap", "ci.gap"), Map.entry("gap_value", "ci.gap_value"),
			Map.entry("gap_percent", "ci.gap_percent"), Map.entry("weeks", "ci.weeks_of_supply"),
			Map.entry("stale_days", "ci.stale_days"));

	private final JdbcClient jdbc;

	InventoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the rows, sorted as asked (by distributor and SKU unless told). */
	@Transactional(readOnly = true)
	public PageSlice<InventoryRow> find(InventoryFilter filter, ListQuery query, long total) {
		List<InventoryRow> items = jdbc
			.sql(InventorySelection.COLUMNS + InventorySelection.from(filter, false) + order(query) + " limit "
					+ query.size() + " offset " + query.offset())
			.params(InventorySelection.params(filter))
			.query(InventorySelection.ROW)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	/** Every row the filter selects, sorted as asked, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<InventoryRow> all(InventoryFilter filter, String sort, boolean descending, int limit) {
		return jdbc
			.sql(InventorySelection.COLUMNS + InventorySelection.from(filter, false)
					+ order(new ListQuery(null, sort, descending, 0, 1)) + " limit " + limit)
			.params(InventorySelection.params(filter))
			.query(InventorySelection.ROW)
			.list();
	}

	/** The sums and counts of everything the filter selects. */
	@Transactional(readOnly = true)
	public InventoryTotals totals(InventoryFilter filter) {
		return jdbc.sql("""
				select count(*) as rows, sum(ci.opening) as opening,
				       coalesce(sum(ci.sell_in), 0) as sell_in, coalesce(sum(ci.sell_out), 0) as sell_out,
				       sum(ci.calculated_closing) as calculated_closing,
				       sum(ci.reported_closing) as reported_closing,
				       count(ci.reported_closing) as reported_rows,
				       sum(ci.gap) as gap, sum(ci.gap_value) as gap_value,
				       count(*) filter (where ci.band = 'OUT_OF_STOCK') as out_of_stock,
				       count(*) filter (where ci.band = 'LOW') as low,
				       count(*) filter (where ci.band = 'HEALTHY') as healthy,
				       count(*) filter (where ci.band = 'EXCESS') as excess,
				       count(*) filter (where ci.stale) as stale""" + InventorySelection.from(filter, false))
			.params(InventorySelection.params(filter))
			.query(InventoryTotals.class)
			.single();
	}

	/**
	 * The newest month the caller has inventory of (of one distributor, or of any): what
	 * a page shows before a month is chosen.
	 */
	@Transactional(readOnly = true)
	public Optional<YearMonth> latestPeriod(Long distributorId) {
		return jdbc
			.sql("select period from channel_inventory where cast(:distributor as bigint) is null"
					+ " or distributor_id = :distributor order by period desc limit 1")
			.param("distributor", distributorId)
			.query((rs, i) -> YearMonth.from(rs.getDate(1).toLocalDate()))
			.optional();
	}

	private static String order(ListQuery query) {
		String sort = query.sortOr(SORTS.keySet(), "distributor");
		String direction = query.direction();
		String tie = sort.equals("distributor") ? ", ci.sku " + direction : ", d.code, ci.sku";
		return " order by " + SORTS.get(sort) + " " + direction + " nulls last" + tie;
	}

}
