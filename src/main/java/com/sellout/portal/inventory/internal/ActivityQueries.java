package com.sellout.portal.inventory.internal;

import java.time.LocalDate;
import java.time.YearMonth;

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
		// the window of a month: the 28 days ending on its last day (the first of the
		// next - 28)
		jdbc.sql("select sku, period, " + MONTH_OF.formatted("sale_date") + """
				as sale_month, sum(quantity) as quantity,
				      sum(quantity) filter (where sale_date >= cast(date_trunc('month', cast(sale_date as timestamp))
				                                              + interval '1 month' as date) - 28) as in_window,
				      max(sale_date) filter (where quantity > 0) as last_sale
				 from sellout_sales where distributor_id = ? and sku is not null group by 1, 2, 3""")
			.param(distributorId)
			.query(rs -> {
				String sku = rs.getString(1);
				LocalDate period = rs.getObject(2, LocalDate.class);
				if (period != null) {
					activity.addSellOut(sku, YearMonth.from(period), rs.getBigDecimal(4));
				}
				LocalDate saleMonth = rs.getObject(3, LocalDate.class);
				if (saleMonth != null) {
					activity.addSales(sku, YearMonth.from(saleMonth), rs.getBigDecimal(5),
							rs.getObject(6, LocalDate.class));
				}
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
