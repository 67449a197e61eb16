package com.sellout.portal.analytics.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFilter;
import org.jspecify.annotations.Nullable;

/**
 * The one query of the sales figures, whatever the sources: the rollups share their
 * measure columns (lines, quantity, amount_net, other_currency_lines, and unit in every
 * key), so a selection is the same {@code group by} over any of them — the accepted lines
 * ({@link Rollup#LINES}) only sum theirs differently. Only the conditions the filter sets
 * are written, so that PostgreSQL plans each query for what it asks.
 *
 * <p>
 * Two parts, one statement: the sums from the smallest rollup covering the selection
 * ({@code sums}), and the distinct clients from the smallest one keeping the client too
 * ({@code counted}: a hashed {@code distinct} of key and ИНН, then counted — much faster
 * than {@code count(distinct)}, which sorts); joined on the keys. A row of one client
 * needs no count. The keys are never null (none is {@link Dimension#UNSPECIFIED}, a group
 * none is 0) so that the parts join by hashing. The outer query turns them into the API's
 * keys and looks up the names the database knows (distributor, product, group, client)
 * for the result rows only.
 *
 * <p>
 * A product group row sums its whole sub-tree: each product is put in the bucket of the
 * child of the filter's group (a top-level group without one) it lies under, and products
 * directly in the filter's group in a bucket of that group itself.
 */
final class SalesSql {

	/** Groups whose path lies under {@code b}'s (or is it): its sub-tree. */
	private static final String UNDER = "(g.id = b.id or left(g.path, length(b.path) + 3) = b.path || ' / ')";

	/** One unit (or none) among the rows summed: min and max agree, no sort needed. */
	private static final String ONE_UNIT = "min(coalesce(r.unit, '')) = max(coalesce(r.unit, ''))";

	private SalesSql() {
	}

	/** A query and its named parameters. */
	record Statement(String sql, Map<String, Object> params) {
	}

	/**
	 * The figures of the selection, summed from {@code sums}, the clients counted from
	 * {@code clients} (not counted, null, without one), grouped by these dimensions
	 * (none: one row of totals). Columns: key1, name1, key2, name2 (as many as
	 * dimensions), amount_net, quantity, unit, lines, clients, other_currency_lines.
	 */
	static Statement of(Rollup sums, @Nullable Rollup clients, SalesFilter filter, List<Dimension> by, Viewer viewer,
			@Nullable List<String> groupSkus) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", filter.from().atDay(1));
		params.put("to", filter.to().atDay(1));
		boolean grouped = by.contains(Dimension.GROUP);
		int client = by.indexOf(Dimension.CLIENT) + 1;

		StringBuilder sql = new StringBuilder("with ");
		if (grouped) {
			sql.append(buckets(filter)).append(", ");
		}
		String where = where(params, filter, viewer, grouped, groupSkus);
		sql.append("sums as (select ").append(keys(by));
		if (client > 0 && DimensionSql.hasClientName(sums)) {
			sql.append("max(r.client_name) as n").append(client).append(", ");
		}
		boolean lines = sums == Rollup.LINES;
		sql.append("coalesce(sum(r.amount_net)")
			.append(lines ? " filter (where coalesce(r.currency, 'RUB') = 'RUB')" : "")
			.append(", 0) as amount_net, case when " + ONE_UNIT + " then sum(r.quantity) end as quantity, case when "
					+ ONE_UNIT + " then max(r.unit) end as unit, ")
			.append(lines ? "count(*)" : "coalesce(sum(r.lines), 0)")
			.append(" as lines, ")
			.append(lines ? "count(*) filter (where coalesce(r.currency, 'RUB') <> 'RUB')"
					: "coalesce(sum(r.other_currency_lines), 0)")
			.append(" as other_currency_lines")
			.append(from(sums, grouped, filter))
			.append(where)
			.append(groupBy(by))
			.append(")");
		boolean counted = client == 0 && clients != null;
		if (counted) {
			sql.append(", counted as (select ")
				.append(names(by, "d."))
				.append("count(*) as clients from (select distinct ")
				.append(keys(by))
				.append("r.client_inn")
				.append(from(clients, grouped, filter))
				.append(where)
				.append(" and r.client_inn is not null) d")
				.append(groupBy(by))
				.append(")");
		}

		sql.append(" select ");
		StringBuilder joins = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			int n = i + 1;
			sql.append(DimensionSql.key(by.get(i), n)).append(" as key").append(n).append(", ");
			sql.append(DimensionSql.name(by.get(i), n, sums, viewer)).append(" as name").append(n).append(", ");
			joins.append(DimensionSql.join(by.get(i), n));
		}
		sql.append("k.amount_net, k.quantity, k.unit, k.lines, ")
			.append(client > 0 ? "case when k.k" + client + " = '" + Dimension.UNSPECIFIED + "' then 0 else 1 end"
					: counted ? "coalesce(c.clients, 0)" : "cast(null as bigint)")
			.append(" as clients, k.other_currency_lines from sums k");
		if (counted) {
			sql.append(" left join counted c on ").append(by.isEmpty() ? "true" : on(by));
		}
		sql.append(joins).append(order(by));
		return new Statement(sql.toString(), params);
	}

	/**
	 * Each product's bucket: the child of the filter's group (or the top-level group) its
	 * group lies under, or the filter's group itself for the products directly in it.
	 */
	private static String buckets(SalesFilter filter) {
		String buckets = "buckets as materialized (select p.sku, b.id as bucket from catalog_products p"
				+ " join catalog_groups g on g.id = p.group_id join catalog_groups b on " + UNDER;
		if (filter.groupId() == null) {
			return buckets + " where b.parent_id is null)";
		}
		return buckets + " where b.parent_id = :group"
				+ " union all select p.sku, p.group_id from catalog_products p where p.group_id = :group)";
	}

	/**
	 * The source and, for a breakdown by group, each product's bucket — only the filter's
	 * group's products when it has one, which then is the group filter too.
	 */
	private static String from(Rollup source, boolean grouped, SalesFilter filter) {
		String from = " from " + source.table() + " r";
		if (!grouped) {
			return from;
		}
		return from + (filter.groupId() == null ? " left" : "") + " join buckets b on b.sku = r.sku";
	}

	private static String where(Map<String, Object> params, SalesFilter filter, Viewer viewer, boolean grouped,
			@Nullable List<String> groupSkus) {
		StringBuilder where = new StringBuilder(" where r.period >= :from and r.period <= :to");
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
			params.put("group", filter.groupId());
			if (!grouped) {
				// the products of the group and of its sub-groups at any depth: as a
				// list,
				// the rollups' index on the SKU finds their rows (measured: a join on the
				// groups' paths reads the whole rollup instead, 3-4 times slower)
				where.append(" and r.sku = any(:skus)");
				params.put("skus", (groupSkus == null ? List.<String>of() : groupSkus).toArray(String[]::new));
			}
		}
		return where.toString();
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

	/** The keys each part groups by, never null: k1, k2. */
	private static String keys(List<Dimension> by) {
		StringBuilder keys = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			keys.append(DimensionSql.raw(by.get(i))).append(" as k").append(i + 1).append(", ");
		}
		return keys.toString();
	}

	private static String names(List<Dimension> by, String prefix) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			names.append(prefix).append("k").append(i + 1).append(", ");
		}
		return names.toString();
	}

	private static String groupBy(List<Dimension> by) {
		StringBuilder groupBy = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			groupBy.append(i == 0 ? " group by " : ", ").append(i + 1);
		}
		return groupBy.toString();
	}

	private static String on(List<Dimension> by) {
		StringBuilder on = new StringBuilder();
		for (int i = 0; i < by.size(); i++) {
			on.append(i == 0 ? "" : " and ").append("c.k").append(i + 1).append(" = k.k").append(i + 1);
		}
		return on.toString();
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

}
