package com.sellout.portal.forecasting.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a distributor's stored sell-in plan was netted against, as one digest computed by
 * the database: the group tree and the products' groups (the planning terms of a group
 * hold for its sub-groups), its planning terms, its transit days, its named orders from
 * the plan's first month on with their clients' quantities and the product's over the 12
 * months the share is measured on, its channel stock's closings of the plan's last month
 * of history, and its shipments not arrived by the plan's first month. Whatever of these
 * changes changes the digest; the refit stores it, a reader compares it. Read through the
 * other modules' published views, in the caller's scope.
 */
@Component
class SumInputs {

	private final JdbcClient jdbc;

	SumInputs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The digest of each distributor's plan inputs, for its last month of history. */
	Map<Long, String> digests(Map<Long, YearMonth> madeIn) {
		Map<Long, String> digests = new HashMap<>();
		if (madeIn.isEmpty()) {
			return digests;
		}
		jdbc.sql(
				"""
						with catalog as (
						  select concat_ws('|',
						         (select string_agg(concat_ws(':', sku, coalesce(group_id, 0)), ',' order by sku) from catalog_products),
						         (select string_agg(concat_ws(':', id, coalesce(parent_id, 0)), ',' order by id) from catalog_groups)) as text
						)
						select u.distributor_id, md5(concat_ws('|', (select text from catalog), d.transit_days,
						       (select string_agg(concat_ws(':', coalesce(p.group_id, 0), p.lead_time_months, p.cover_weeks), ','
						                          order by coalesce(p.group_id, 0))
						          from planning_settings p where p.distributor_id = u.distributor_id),
						       (select string_agg(concat_ws(':', o.sku, o.month, o.client_inn, o.quantity,
						                 (select sum(c.quantity) from sales_monthly_client_quantities c
						                   where c.distributor_id = u.distributor_id and c.sku = o.sku and c.client_inn = o.client_inn
						                     and c.period between cast(u.made_in - interval '11 months' as date) and u.made_in),
						                 (select sum(q.quantity) from sales_monthly_quantities q
						                   where q.distributor_id = u.distributor_id and q.sku = o.sku
						                     and q.period between cast(u.made_in - interval '11 months' as date) and u.made_in)),
						                 ',' order by o.sku, o.month, o.client_inn, o.quantity)
						          from named_orders o
						         where o.distributor_id = u.distributor_id and o.month > u.made_in),
						       (select concat_ws(':', count(*), sum(c.closing), sum(hashtext(c.sku || ':' || coalesce(c.closing, 0))))
						          from channel_stock c where c.distributor_id = u.distributor_id and c.period = u.made_in),
						       (select concat_ws(':', count(*), sum(s.quantity),
						                         sum(hashtext(concat_ws(':', s.sku, s.document_no, s.line_no, s.document_date, s.quantity))))
						          from sell_in_shipments s
						         where s.distributor_id = u.distributor_id
						           and s.document_date >= cast(u.made_in + interval '1 month' as date) - d.transit_days)))
						  from unnest(cast(:ids as bigint[]), cast(:months as date[])) as u(distributor_id, made_in)
						  join distributor_directory d on d.id = u.distributor_id""")
			.param("ids", madeIn.keySet().toArray(Long[]::new))
			.param("months", madeIn.values().stream().map(m -> m.atDay(1).toString()).toArray(String[]::new))
			.query(rs -> {
				digests.put(rs.getLong(1), rs.getString(2));
			});
		return digests;
	}

}
