package com.sellout.portal.analytics.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFilter;
import org.jspecify.annotations.Nullable;

/**
 * The one query of the sales figures, whatever the source: the rollups share their
 * measure columns (lines, quantity, amount_net, other_currency_lines, and unit in every
 * key), so a selection is the same {@code group by} over any of them — the accepted lines
 * ({@link Rollup#LINES}) only sum theirs differently. Only the conditions the filter sets
 * are written, so that PostgreSQL plans each query for what it asks.
 *
 * <p>
 * The inner query groups by the dimensions' raw values; the outer one turns them into
 * keys ({@code YYYY-MM}, the distributor's code, {@link Dimension#UNSPECIFIED} for none)
 * and looks up the names the database knows (distributor, product, group, client) for the
 * result rows only. A product group row sums its whole sub-tree: each group of the
 * catalogue is put in the bucket of the child of the filter's group (a top-level group
 * without one) it lies under, and products directly in the filter's group in a bucket of
 * that group itself.
 */
final class SalesSql {

	/** Groups whose path lies under {@code b}'s (or is it): its sub-tree. */
	private static final String UNDER = "(g.id = b.id or left(g.path, length(b.path) + 3) = b.path || ' / ')";

	private SalesSql() {
	}

	/** A query and its named parameters. */
	record Statement(String sql, Map<String, Object> params) {
	}

	/**
	 * The figures of the selection from this source, grouped by these dimensions (none:
	 * one row of totals). Columns: key1, name1, key2, name2 (as many as dimensions),
	 * amount_net, quantity, unit, lines, clients, other_currency_lines.
	 */
	static Statement of(Rollup source, SalesFilter filter, List<Dimension> by, Viewer viewer) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", filter.from().atDay(1));
		params.put("to", filter.to().atDay(1));
		boolean lines = source == Rollup.LINES;
		boolean grouped = by.contains(Dimension.GROUP);

		StringBuilder inner = new StringBuilder("select ");
		StringBuilder groupBy = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			inner.append(raw(by.get(i))).append(" as k").append(i + 1).append(", ");
			groupBy.append(groupBy.isEmpty() ? " group by " : ", ").append(i + 1);
			if (by.get(i) == Dimension.CLIENT && hasClientName(source)) {
				inner.append("max(r.client_name) as n").append(i + 1).append(", ");
			}
		}
		inner.append("coalesce(sum(r.amount_net)")
			.append(lines ? " filter (where r.currency = 'RUB')" : "")
			.append(", 0) as amount_net, ")
			.append("case when count(distinct coalesce(r.unit, '')) = 1 then sum(r.quantity) end as quantity, ")
			.append("case when count(distinct coalesce(r.unit, '')) = 1 then max(r.unit) end as unit, ")
			.append(lines ? "count(*)" : "coalesce(sum(r.lines), 0)")
			.append(" as lines, count(distinct r.client_inn) as clients, ")
			.append(lines ? "count(*) filter (where r.currency <> 'RUB')" : "coalesce(sum(r.other_currency_lines), 0)")
			.append(" as other_currency_lines from ")
			.append(source.table())
			.append(" r");
		if (grouped) {
			inner.append(
					" left join catalog_products p on p.sku = r.sku left join buckets b on b.group_id = p.group_id");
		}
		inner.append(" where r.period >= :from and r.period <= :to");
		where(inner, params, filter, viewer);
		inner.append(groupBy);

		StringBuilder sql = new StringBuilder();
		if (grouped) {
			sql.append(
					"with buckets as (select g.id as group_id, b.id as bucket from catalog_groups g join catalog_groups b on ")
				.append(UNDER)
				.append(filter.groupId() == null ? " where b.parent_id is null" : " where b.parent_id = :group");
			if (filter.groupId() != null) {
				sql.append(" union all select cast(:group as bigint), cast(:group as bigint)");
			}
			sql.append(") ");
		}
		sql.append("select ");
		StringBuilder joins = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			int n = i + 1;
			sql.append(key(by.get(i), n)).append(" as key").append(n).append(", ");
			sql.append(name(by.get(i), n, source, viewer)).append(" as name").append(n).append(", ");
			joins.append(join(by.get(i), n));
		}
		sql.append("k.amount_net, k.quantity, k.unit, k.lines, k.clients, k.other_currency_lines from (")
			.append(inner)
			.append(") k")
			.append(joins)
			.append(order(by));
		return new Statement(sql.toString(), params);
	}

	private static void where(StringBuilder where, Map<String, Object> params, SalesFilter filter, Viewer viewer) {
		if (viewer.scope().isDistributor()) {
			where.append(" and r.distributor_id = :own");
			params.put("own", viewer.scope().distributorId());
		}
		if (viewer.inns() != null) {
			where.append(" and r.client_inn = any(:inns)");
			params.put("inns", viewer.inns().toArray(String[]::new));
		}
		if (filter.distributorId() != null) {
			where.append(" and r.distributor_id = :distributor");
			params.put("distributor", filter.distributorId());
		}
		equalOrNone(where, params, "r.region_code", "region", filter.region());
		equalOrNone(where, params, "r.client_segment", "segment", filter.segment());
		equalOrNone(where, params, "r.sku", "sku", filter.sku());
		equalOrNone(where, params, "r.client_inn", "client", filter.clientInn());
		if (filter.groupId() != null) {
			// the products of the group and of its sub-groups at any depth
			where.append(
					" and r.sku in (select gp.sku from catalog_products gp join catalog_groups g on g.id = gp.group_id"
							+ " join catalog_groups b on " + UNDER + " where b.id = :group)");
			params.put("group", filter.groupId());
		}
	}

	/** A filter value: equal to it, or — {@link Dimension#UNSPECIFIED} — without one. */
	private static void equalOrNone(StringBuilder where, Map<String, Object> params, String column, String param,
			@Nullable String value) {
		if (value == null) {
			return;
		}
		if (Dimension.UNSPECIFIED.equals(value)) {
			where.append(" and ").append(column).append(" is null");
		}
		else {
			where.append(" and ").append(column).append(" = :").append(param);
			params.put(param, value);
		}
	}

	/** What the inner query groups by. */
	private static String raw(Dimension dimension) {
		return switch (dimension) {
			case PERIOD -> "r.period";
			case DISTRIBUTOR -> "r.distributor_id";
			case REGION -> "r.region_code";
			case SEGMENT -> "r.client_segment";
			case GROUP -> "b.bucket";
			case SKU -> "r.sku";
			case CLIENT -> "r.client_inn";
		};
	}

	/** The row's key, from the inner query's value. */
	private static String key(Dimension dimension, int n) {
		String k = "k.k" + n;
		return switch (dimension) {
			case PERIOD -> "to_char(" + k + ", 'YYYY-MM')";
			case DISTRIBUTOR -> "coalesce(d" + n + ".code, cast(" + k + " as text))";
			case GROUP -> "coalesce(cast(" + k + " as text), '" + Dimension.UNSPECIFIED + "')";
			default -> "coalesce(" + k + ", '" + Dimension.UNSPECIFIED + "')";
		};
	}

	/** The name the database knows; null where the service names the key. */
	private static String name(Dimension dimension, int n, Rollup source, Viewer viewer) {
		return switch (dimension) {
			case DISTRIBUTOR -> "d" + n + ".name";
			case SKU -> "p" + n + ".name";
			case GROUP -> "g" + n + ".name";
			case CLIENT -> hasClientName(source) ? "k.n" + n
					: "(select max(c.client_name) from sales_by_client c where c.client_inn = k.k" + n
							+ " and c.period >= :from and c.period <= :to"
							+ (viewer.scope().isDistributor() ? " and c.distributor_id = :own" : "") + ")";
			default -> "cast(null as text)";
		};
	}

	private static String join(Dimension dimension, int n) {
		return switch (dimension) {
			case DISTRIBUTOR -> " left join distributor_directory d" + n + " on d" + n + ".id = k.k" + n;
			case SKU -> " left join catalog_products p" + n + " on p" + n + ".sku = k.k" + n;
			case GROUP -> " left join catalog_groups g" + n + " on g" + n + ".id = k.k" + n;
			default -> "";
		};
	}

	/** Largest net amount first, by period in month order; a second dimension within. */
	private static String order(List<Dimension> by) {
		if (by.isEmpty()) {
			return "";
		}
		String first = by.get(0) == Dimension.PERIOD ? "k.k1"
				: (by.size() > 1 ? "sum(k.amount_net) over (partition by k.k1) desc, key1" : "k.amount_net desc, key1");
		if (by.size() == 1) {
			return " order by " + first;
		}
		return " order by " + first + ", " + (by.get(1) == Dimension.PERIOD ? "k.k2" : "k.amount_net desc, key2");
	}

	private static boolean hasClientName(Rollup source) {
		return source == Rollup.CLIENT || source == Rollup.LINES;
	}

}
