package com.sellout.portal.analytics.internal;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;

/**
 * How each dimension is written in the figures' query ({@link SalesSql}): the value the
 * parts group by (never null: {@link Dimension#UNSPECIFIED}, or 0 for no group), the key
 * the outer query gives the row, and the name the database knows with the join that finds
 * it.
 */
final class DimensionSql {

	private DimensionSql() {
	}

	/** What the parts group by, over the rollup {@code r} (and the buckets {@code b}). */
	static String raw(Dimension dimension) {
		String none = "'" + Dimension.UNSPECIFIED + "'";
		return switch (dimension) {
			case PERIOD -> "r.period";
			case DISTRIBUTOR -> "r.distributor_id";
			case REGION -> "coalesce(r.region_code, " + none + ")";
			case SEGMENT -> "coalesce(r.client_segment, " + none + ")";
			case GROUP -> "coalesce(b.bucket, 0)";
			case SKU -> "coalesce(r.sku, " + none + ")";
			case CLIENT -> "coalesce(r.client_inn, " + none + ")";
		};
	}

	/** The row's key, from the part's value {@code k.kN}. */
	static String key(Dimension dimension, int n) {
		String k = "k.k" + n;
		return switch (dimension) {
			case PERIOD -> "to_char(" + k + ", 'YYYY-MM')";
			case DISTRIBUTOR -> "coalesce(d" + n + ".code, cast(" + k + " as text))";
			case GROUP ->
				"case when " + k + " = 0 then '" + Dimension.UNSPECIFIED + "' else cast(" + k + " as text) end";
			default -> k;
		};
	}

	/** The name the database knows; null where the service names the key. */
	static String name(Dimension dimension, int n, Rollup source, Viewer viewer) {
		return switch (dimension) {
			case DISTRIBUTOR -> "d" + n + ".name";
			case SKU -> "p" + n + ".name";
			case GROUP -> "g" + n + ".name";
			case CLIENT -> hasClientName(source) ? "k.n" + n
					: "(select max(cn.client_name) from sales_by_client cn where cn.client_inn = k.k" + n
							+ " and cn.period >= :from and cn.period <= :to"
							+ (viewer.scope().isDistributor() ? " and cn.distributor_id = :own" : "") + ")";
			default -> "cast(null as text)";
		};
	}

	static String join(Dimension dimension, int n) {
		return switch (dimension) {
			case DISTRIBUTOR -> " left join distributor_directory d" + n + " on d" + n + ".id = k.k" + n;
			case SKU -> " left join catalog_products p" + n + " on p" + n + ".sku = k.k" + n;
			case GROUP -> " left join catalog_groups g" + n + " on g" + n + ".id = k.k" + n;
			default -> "";
		};
	}

	/** Whether the rollup keeps the client's name, so that the sums carry it. */
	static boolean hasClientName(Rollup source) {
		return source == Rollup.CLIENT || source == Rollup.LINES;
	}

}
