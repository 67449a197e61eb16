package com.sellout.portal.inventory.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what one distributor's channel inventory is computed from, added up by the
 * database (one pass over its sell-out, one over its sell-in, its stock levels and the
 * list prices), through the read views of sellout, catalog and distributors only.
 */
@Component
class ActivityQueries {

	/** The first day of the month a date falls in, as a date. */
	private static final String MONTH_OF = "cast(date_trunc('month', cast(%s as timestamp)) as date)";

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The distributor's transit time in days; null when there is no such distributor. */
	Integer transitDays(long distributorId) {
		return jdbc.sql("select transit_days from distributor_directory where id = ?")
			.param(distributorId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	DistributorActivity read(long distributorId, int transitDays) {
		DistributorActivity activity = new DistributorActivity();
		// The view joins a distributor's sell-in lines to the products: for all of them
		// at
		// once a hash join is right, while a planner without statistics yet (just after a
		// large import) picks a nested loop that takes a minute for 72,000 lines.
		jdbc.sql("set local enable_nestloop = off").update();
		jdbc.sql("select sku, " + MONTH_OF.formatted("document_date + :transit") + """
				as month, sum(quantity) as quantity, min(document_date + :transit) as arrival
				 from sell_in_shipments where distributor_id = :distributor group by 1, 2""")
			.param("transit", transitDays)
			.param("distributor", distributorId)
			.query(rs -> {
				activity.addSellIn(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
						rs.getBigDecimal(3), rs.getObject(4, LocalDate.class));
			});
		jdbc.sql("set local enable_nestloop = on").update();
		Long[] active = activeSellOutReports(distributorId);
		summarise(distributorId, active);
		jdbc.sql("""
				select sku, period, sale_month, quantity, in_window, last_sale from inventory_report_sales
				 where report_id = any(?)""").param(active).query(rs -> {
			String sku = rs.getString(1);
			activity.addSellOut(sku, YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getBigDecimal(4));
			activity.addSales(sku, YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getBigDecimal(5),
					rs.getObject(6, LocalDate.class));
		});
		jdbc.sql(
				"select report_id, as_of, sku, quantity from stock_levels where distributor_id = ? and as_of is not null")
			.param(distributorId)
			.query(rs -> {
				activity.addStock(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getBigDecimal(4));
			});
		jdbc.sql("select sku, list_price from catalog_products where list_price is not null").query(rs -> {
			activity.listPrices.put(rs.getString(1), rs.getBigDecimal(2));
		});
		return activity;
	}

	/** The distributor's sell-out reports that count now. */
	private Long[] activeSellOutReports(long distributorId) {
		return jdbc.sql("""
				select id from sellout_report_states where distributor_id = ? and kind = 'SELLOUT'
				   and status in ('ACCEPTED', 'ACCEPTED_WITH_EXCEPTIONS') order by id""")
			.param(distributorId)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	/**
	 * Keeps the summaries of exactly the active reports: drops those of reports that no
	 * longer count and adds those of reports not summarised yet, from their lines (the
	 * window of a month: the 28 days ending on its last day, i.e. from the first of the
	 * next month - 28).
	 */
	private void summarise(long distributorId, Long[] active) {
		jdbc.sql("delete from inventory_report_sales where distributor_id = ? and report_id <> all(?)")
			.params(distributorId, active)
			.update();
		jdbc.sql("insert into inventory_report_sales (report_id, distributor_id, sku, period, sale_month, quantity,"
				+ " in_window, last_sale) select report_id, distributor_id, sku, period, "
				+ MONTH_OF.formatted("sale_date")
				+ """
						, sum(quantity),
						       sum(quantity) filter (where sale_date >= cast(date_trunc('month', cast(sale_date as timestamp))
						                                               + interval '1 month' as date) - 28),
						       max(sale_date) filter (where quantity > 0)
						  from sellout_sales
						 where report_id = any(?) and sku is not null and sale_date is not null and period is not null
						   and report_id not in (select report_id from inventory_report_sales where report_id = any(?))
						 group by report_id, distributor_id, sku, period, 5""")
			.params(active, active)
			.update();
	}

	/** Drops the summaries of reports whose lines changed. */
	void forgetSales(Collection<Long> reportIds) {
		if (!reportIds.isEmpty()) {
			jdbc.sql("delete from inventory_report_sales where report_id = any(?)")
				.param(reportIds.toArray(Long[]::new))
				.update();
		}
	}

	/** The first month of a report's sales that the view still shows; null with none. */
	YearMonth firstSaleMonth(long reportId) {
		LocalDate first = jdbc.sql("select min(sale_date) from sellout_sales where report_id = ?")
			.param(reportId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return first == null ? null : YearMonth.from(first);
	}

}
