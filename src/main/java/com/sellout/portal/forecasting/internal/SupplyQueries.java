package com.sellout.portal.forecasting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the sell-in plan nets the forecasts against, per distributor × product, read for
 * all the plan's series at once through the read views of inventory, catalog and
 * distributors and the named orders: the channel inventory's latest closing before the
 * plan's first month (reported where present), the shipments not arrived by then — by the
 * month they arrive, as the channel inventory counts them (document date + the
 * distributor's transit days) — and the named orders with their clients' share of the
 * last 12 months of the history.
 */
@Component
class SupplyQueries {

	/** The months of history a client's share is measured over. */
	static final int SHARE_MONTHS = 12;

	/** Up to this many series the queries name their products; beyond, all are read. */
	private static final int SKU_FILTER = 500;

	private final JdbcClient jdbc;

	SupplyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String key(long distributorId, String sku) {
		return distributorId + "\u0000" + sku;
	}

	/**
	 * @param stock the latest closing by series
	 * @param arrivals the shipments in transit by series and month of arrival
	 * @param orders by series and month: the named quantity and the sum of its clients'
	 * shares
	 */
	record Supply(Map<String, Double> stock, Map<String, Map<YearMonth, Double>> arrivals,
			Map<String, Map<YearMonth, double[]>> orders) {
	}

	/** Each product's group, by SKU. */
	Map<String, Long> groups() {
		Map<String, Long> groups = new HashMap<>();
		jdbc.sql("select sku, group_id from catalog_products").query(rs -> {
			groups.put(rs.getString(1), (Long) rs.getObject(2));
		});
		return groups;
	}

	/**
	 * What the plan starts from; with {@code asOf}, only what was known at its end: the
	 * sell-in shipped by then and the named orders entered by then.
	 */
	Supply read(List<Fitted> fitted, @Nullable YearMonth asOf) {
		LocalDate cutoff = asOf == null ? null : asOf.plusMonths(1).atDay(1);
		Long[] ids = fitted.stream().map(Fitted::distributorId).toArray(Long[]::new);
		String[] skus = fitted.stream().map(Fitted::sku).toArray(String[]::new);
		String[] starts = fitted.stream().map(f -> f.from().atDay(1).toString()).toArray(String[]::new);
		String series = " unnest(cast(:ids as bigint[]), cast(:skus as text[]), cast(:starts as date[]))"
				+ " as u(distributor_id, sku, start)";
		// per distributor (not per series: a join the planner keeps small) the months
		// asked; each series then takes its own
		Map<Long, YearMonth> firstOf = new TreeMap<>();
		Map<String, YearMonth> closingMonths = new TreeMap<>();
		for (Fitted f : fitted) {
			firstOf.merge(f.distributorId(), f.from(), (a, b) -> a.isBefore(b) ? a : b);
			closingMonths.put(f.distributorId() + "/" + f.madeIn(), f.madeIn());
		}
		String[] onlySkus = fitted.size() > SKU_FILTER ? null
				: fitted.stream().map(Fitted::sku).distinct().toArray(String[]::new);
		Map<String, Double> closings = new HashMap<>();
		jdbc.sql("""
				select c.distributor_id, c.sku, c.period, c.closing from channel_stock c
				  join unnest(cast(:ids as bigint[]), cast(:periods as date[])) as u(distributor_id, period)
				    on c.distributor_id = u.distributor_id and c.period = u.period
				 where cast(:skus as text[]) is null or c.sku = any(cast(:skus as text[]))""")
			.param("ids", closingMonths.keySet().stream().map(k -> Long.valueOf(k.split("/")[0])).toArray(Long[]::new))
			.param("periods", closingMonths.values().stream().map(m -> m.atDay(1).toString()).toArray(String[]::new))
			.param("skus", onlySkus)
			.query(rs -> {
				double closing = rs.getDouble(4);
				closings.put(key(rs.getLong(1), rs.getString(2)) + "/" + Quantities.month(rs.getDate(3)),
						rs.wasNull() ? 0 : closing);
			});
		Map<String, Double> stock = new HashMap<>();
		for (Fitted f : fitted) {
			String key = key(f.distributorId(), f.sku());
			stock.put(key, closings.getOrDefault(key + "/" + f.madeIn(), 0.0));
		}
		Map<String, Map<YearMonth, Double>> shipped = new HashMap<>();
		jdbc.sql(
				"""
						select s.distributor_id, s.sku,
						       cast(date_trunc('month', cast(s.document_date + d.transit_days as timestamp)) as date), sum(s.quantity)
						  from sell_in_shipments s join distributor_directory d on d.id = s.distributor_id
						  join unnest(cast(:ids as bigint[]), cast(:starts as date[])) as u(distributor_id, start)
						    on u.distributor_id = s.distributor_id
						 where s.document_date >= u.start - d.transit_days
						   and (cast(:cutoff as date) is null or s.document_date < cast(:cutoff as date))
						   and (cast(:skus as text[]) is null or s.sku = any(cast(:skus as text[])))
						 group by 1, 2, 3""")
			.param("ids", firstOf.keySet().toArray(Long[]::new))
			.param("starts", firstOf.values().stream().map(m -> m.atDay(1).toString()).toArray(String[]::new))
			.param("skus", onlySkus)
			.param("cutoff", cutoff)
			.query(rs -> {
				shipped.computeIfAbsent(key(rs.getLong(1), rs.getString(2)), k -> new TreeMap<>())
					.merge(Quantities.month(rs.getDate(3)), rs.getDouble(4), Double::sum);
			});
		Map<String, Map<YearMonth, Double>> arrivals = new HashMap<>();
		for (Fitted f : fitted) {
			String key = key(f.distributorId(), f.sku());
			Map<YearMonth, Double> months = shipped.get(key);
			if (months != null) {
				Map<YearMonth, Double> own = new TreeMap<>();
				// not arrived by the series' own first month: in transit then
				months.forEach((month, quantity) -> {
					if (!month.isBefore(f.from())) {
						own.put(month, quantity);
					}
				});
				arrivals.put(key, own);
			}
		}
		return new Supply(stock, arrivals, orders(series, ids, skus, starts, fitted, cutoff));
	}

	private Map<String, Map<YearMonth, double[]>> orders(String series, Long[] ids, String[] skus, String[] starts,
			List<Fitted> fitted, @Nullable LocalDate cutoff) {
		record Order(long distributorId, String sku, YearMonth month, String inn, double quantity) {
		}
		List<Order> orders = new ArrayList<>();
		jdbc.sql("""
				select o.distributor_id, o.sku, o.month, o.client_inn, sum(o.quantity) from named_orders o
				  join """ + series + """
				on u.distributor_id = o.distributor_id and u.sku = o.sku
				where o.month >= u.start
				  and (cast(:cutoff as date) is null or o.created_at < cast(:cutoff as date))
				group by 1, 2, 3, 4""")
			.param("ids", ids)
			.param("skus", skus)
			.param("starts", starts)
			.param("cutoff", cutoff)
			.query(rs -> {
				orders.add(new Order(rs.getLong(1), rs.getString(2), Quantities.month(rs.getDate(3)), rs.getString(4),
						rs.getDouble(5)));
			});
		Map<String, Map<YearMonth, double[]>> result = new HashMap<>();
		if (orders.isEmpty()) {
			return result;
		}
		Map<String, YearMonth> madeIn = new HashMap<>();
		fitted.forEach(f -> madeIn.put(key(f.distributorId(), f.sku()), f.madeIn()));
		Map<String, String[]> clients = new TreeMap<>();
		for (Order order : orders) {
			YearMonth to = madeIn.get(key(order.distributorId(), order.sku()));
			clients.put(key(order.distributorId(), order.sku()) + "\u0000" + order.inn(),
					new String[] { String.valueOf(order.distributorId()), order.sku(), order.inn(),
							to.minusMonths(SHARE_MONTHS - 1).atDay(1).toString(), to.atDay(1).toString() });
		}
		Map<String, Double> shares = new HashMap<>();
		jdbc.sql(
				"""
						select u.distributor_id, u.sku, u.inn,
						       (select coalesce(sum(c.quantity), 0) from sales_monthly_client_quantities c
						         where c.distributor_id = u.distributor_id and c.sku = u.sku and c.client_inn = u.inn
						           and c.period between u.first and u.last),
						       (select coalesce(sum(q.quantity), 0) from sales_monthly_quantities q
						         where q.distributor_id = u.distributor_id and q.sku = u.sku and q.period between u.first and u.last)
						  from unnest(cast(:ids as bigint[]), cast(:skus as text[]), cast(:inns as text[]), cast(:firsts as date[]),
						              cast(:lasts as date[])) as u(distributor_id, sku, inn, first, last)""")
			.param("ids", clients.values().stream().map(c -> Long.valueOf(c[0])).toArray(Long[]::new))
			.param("skus", clients.values().stream().map(c -> c[1]).toArray(String[]::new))
			.param("inns", clients.values().stream().map(c -> c[2]).toArray(String[]::new))
			.param("firsts", clients.values().stream().map(c -> c[3]).toArray(String[]::new))
			.param("lasts", clients.values().stream().map(c -> c[4]).toArray(String[]::new))
			.query(rs -> {
				double client = rs.getDouble(4);
				double total = rs.getDouble(5);
				double share = total <= 0 ? 0 : Math.max(0, Math.min(1, client / total));
				shares.put(key(rs.getLong(1), rs.getString(2)) + "\u0000" + rs.getString(3), share);
			});
		for (Order order : orders) {
			String series1 = key(order.distributorId(), order.sku());
			double[] month = result.computeIfAbsent(series1, k -> new TreeMap<>())
				.computeIfAbsent(order.month(), m -> new double[2]);
			month[0] += order.quantity();
			// one row per client and month (grouped above): its share counted once
			month[1] += shares.getOrDefault(series1 + "\u0000" + order.inn(), 0.0);
		}
		return result;
	}

}
