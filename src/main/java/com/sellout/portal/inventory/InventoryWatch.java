package com.sellout.portal.inventory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What to look at first in the channel inventory: the gap month by month per distributor
 * (a distributor whose gap keeps growing reports badly, or loses stock), the stalest
 * stock, and the products nearest to running out — of one distributor or across all,
 * narrowed as the page is (by group, product), never by band or staleness, which these
 * lists choose for themselves.
 */
@Service
public class InventoryWatch {

	private final JdbcClient jdbc;

	InventoryWatch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A gap summed over a distributor's products (only rows with a known gap count). */
	public record Gap(BigDecimal units, BigDecimal value, long rows) {

		static final Gap NONE = new Gap(BigDecimal.ZERO, BigDecimal.ZERO, 0);

		Gap plus(Gap other) {
			return new Gap(units.add(other.units), value.add(other.value), rows + other.rows);
		}

	}

	/** One month of the gap history: each distributor's gap (by code) and their sum. */
	public record GapMonth(YearMonth period, Map<String, Gap> byDistributor, Gap total) {
	}

	/**
	 * The gap of the {@code months} months ending with the filter's, oldest first, each
	 * month there whether or not it has rows; the distributors those months have, in code
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<GapMonth> gapHistory(InventoryFilter filter, int months) {
		InventoryFilter selection = filter.anyBand();
		YearMonth first = filter.period().minusMonths(months - 1L);
		Map<String, Object> params = InventorySelection.params(selection);
		params.put("from", first.atDay(1));
		params.put("to", filter.period().atDay(1));
		record Cell(YearMonth period, String distributor, Gap gap) {
		}
		List<Cell> cells = jdbc
			.sql("select ci.period, d.code, coalesce(sum(ci.gap), 0) as units, coalesce(sum(ci.gap_value), 0) as value,"
					+ " count(ci.gap) as rows" + InventorySelection.from(selection, true)
					+ " group by ci.period, d.code")
			.params(params)
			.query((rs, i) -> new Cell(YearMonth.from(rs.getDate("period").toLocalDate()), rs.getString("code"),
					new Gap(rs.getBigDecimal("units"), rs.getBigDecimal("value"), rs.getLong("rows"))))
			.list();
		TreeSet<String> distributors = new TreeSet<>();
		cells.forEach(cell -> distributors.add(cell.distributor()));
		List<GapMonth> history = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(filter.period()); month = month.plusMonths(1)) {
			Map<String, Gap> byDistributor = new LinkedHashMap<>();
			distributors.forEach(code -> byDistributor.put(code, Gap.NONE));
			Gap total = Gap.NONE;
			for (Cell cell : cells) {
				if (cell.period().equals(month)) {
					byDistributor.put(cell.distributor(), cell.gap());
					total = total.plus(cell.gap());
				}
			}
			history.add(new GapMonth(month, byDistributor, total));
		}
		return history;
	}

	/** The stale stock of the month, the longest unsold first. */
	@Transactional(readOnly = true)
	public List<InventoryRow> stalest(InventoryFilter filter, int limit) {
		InventoryFilter selection = filter.anyBand();
		return jdbc
			.sql(InventorySelection.COLUMNS + InventorySelection.from(selection, false)
					+ " and ci.stale order by ci.stale_days desc nulls last, d.code, ci.sku limit " + limit)
			.params(InventorySelection.params(selection))
			.query(InventorySelection.ROW)
			.list();
	}

	/**
	 * The products nearest to running out in the month: those out of stock (the ones
	 * selling fastest first), then those with stock by their weeks of supply, fewest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<InventoryRow> nearestToRunningOut(InventoryFilter filter, int limit) {
		InventoryFilter selection = filter.anyBand();
		return jdbc
			.sql(InventorySelection.COLUMNS + InventorySelection.from(selection, false)
					+ " and (ci.band = 'OUT_OF_STOCK' or ci.weeks_of_supply is not null)"
					+ " order by (ci.band = 'OUT_OF_STOCK') desc,"
					+ " case when ci.band = 'OUT_OF_STOCK' then -coalesce(ci.weekly_sell_out, 0)"
					+ " else ci.weeks_of_supply end nulls last, d.code, ci.sku limit " + limit)
			.params(InventorySelection.params(selection))
			.query(InventorySelection.ROW)
			.list();
	}

}
