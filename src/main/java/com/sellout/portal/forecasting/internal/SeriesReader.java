package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the series from analytics' read views ({@code sales_monthly_quantities},
 * {@code sales_reported_months}), in the caller's transaction and scope: a series starts
 * at its first month with a sale, a later month without lines is 0, it ends at its
 * distributor's last month with an active report — or at {@code asOf}, whatever came
 * later never read.
 */
@Component
class SeriesReader {

	/** The distributors' last reported months up to asOf. */
	private static final String LAST = """
			with last as (
			    select distributor_id, max(period) as last from sales_reported_months
			     where (cast(:distributor as bigint) is null or distributor_id = :distributor)
			       and (cast(:asOf as date) is null or period <= :asOf)
			     group by distributor_id)
			""";

	private static final String FILTER = """
			(cast(:distributor as bigint) is null or q.distributor_id = :distributor)
			  and (cast(:skus as text[]) is null or q.sku = any(cast(:skus as text[])))""";

	private final JdbcClient jdbc;

	SeriesReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The series of one distributor (null: every one the scope sees), of these products
	 * (null: all).
	 */
	List<Series> read(@Nullable Long distributorId, @Nullable List<String> skus, @Nullable YearMonth asOf) {
		Map<String, Map<YearMonth, Double>> quantities = new LinkedHashMap<>();
		Map<String, long[]> keys = new HashMap<>();
		Map<Long, YearMonth> lasts = new HashMap<>();
		Map<String, String> skuOf = new HashMap<>();
		jdbc.sql(LAST + """
				select q.distributor_id, q.sku, q.period, q.quantity, l.last
				  from sales_monthly_quantities q join last l on l.distributor_id = q.distributor_id
				 where q.period <= l.last and""" + FILTER + """

				order by q.distributor_id, q.sku, q.period""")
			.param("distributor", distributorId)
			.param("asOf", asOf == null ? null : Date.valueOf(asOf.atDay(1)))
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				long distributor = rs.getLong(1);
				String sku = rs.getString(2);
				String key = distributor + "\u0000" + sku;
				keys.computeIfAbsent(key, k -> new long[] { distributor });
				skuOf.putIfAbsent(key, sku);
				lasts.putIfAbsent(distributor, YearMonth.from(rs.getDate(5).toLocalDate()));
				BigDecimal quantity = rs.getBigDecimal(4);
				quantities.computeIfAbsent(key, k -> new TreeMap<>())
					.put(YearMonth.from(rs.getDate(3).toLocalDate()), quantity == null ? 0 : quantity.doubleValue());
			});
		List<Series> series = new ArrayList<>();
		quantities.forEach((key, months) -> {
			long distributor = keys.get(key)[0];
			YearMonth first = months.entrySet()
				.stream()
				.filter(e -> e.getValue() > 0)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			if (first == null) {
				return;
			}
			YearMonth last = lasts.get(distributor);
			int length = (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L
					- first.getMonthValue()) + 1;
			double[] values = new double[length];
			months.forEach((month, quantity) -> {
				int i = (int) (month.getYear() * 12L + month.getMonthValue() - first.getYear() * 12L
						- first.getMonthValue());
				if (i >= 0 && i < length) {
					values[i] = quantity;
				}
			});
			series.add(new Series(distributor, skuOf.get(key), first, values));
		});
		return series;
	}

	/** The distributors' last reported months (up to asOf) the scope sees. */
	Map<Long, YearMonth> lastMonths(@Nullable Long distributorId, @Nullable YearMonth asOf) {
		Map<Long, YearMonth> lasts = new TreeMap<>();
		jdbc.sql(LAST + "select distributor_id, last from last")
			.param("distributor", distributorId)
			.param("asOf", asOf == null ? null : Date.valueOf(asOf.atDay(1)))
			.query(rs -> {
				lasts.put(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()));
			});
		return lasts;
	}

	/**
	 * A sum's history per distributor and month, and each distributor's last month (its
	 * history ends there).
	 */
	record HistorySums(Map<Long, TreeMap<YearMonth, BigDecimal>> months, Map<Long, YearMonth> lasts) {
	}

}
