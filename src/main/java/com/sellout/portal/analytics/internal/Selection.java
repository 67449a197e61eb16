package com.sellout.portal.analytics.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFilter;

/**
 * The conditions of a sales filter on a rollup (or on the accepted lines): the range of
 * report months, the distributor, region and segment ({@link Dimension#UNSPECIFIED} =
 * none), the product group with its sub-groups (through the catalog's read views), the
 * product, the client, and a restricted manager's clients. Which rollup can answer is
 * {@link #source}: the smallest one holding every dimension asked for and filtered on.
 */
final class Selection {

	private Selection() {
	}

	/** The smallest rollup with these dimensions and every one the filter narrows. */
	static Rollup source(Set<Dimension> wanted, SalesFilter filter, ClientRestriction restriction) {
		Set<Dimension> all = EnumSet.of(Dimension.PERIOD);
		all.addAll(wanted);
		all.addAll(narrowed(filter, restriction));
		return Rollup.coveringOf(all);
	}

	static Set<Dimension> narrowed(SalesFilter filter, ClientRestriction restriction) {
		Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
		if (filter.distributorId() != null) {
			dims.add(Dimension.DISTRIBUTOR);
		}
		if (filter.region() != null) {
			dims.add(Dimension.REGION);
		}
		if (filter.segment() != null) {
			dims.add(Dimension.SEGMENT);
		}
		if (filter.groupId() != null || filter.sku() != null) {
			dims.add(Dimension.SKU);
		}
		if (filter.clientInn() != null || restriction.restricted()) {
			dims.add(Dimension.CLIENT);
		}
		return dims;
	}

	/**
	 * The conditions on the source's alias {@code t}, starting with {@code where}; the
	 * source must hold what the filter narrows.
	 */
	static String where(SalesFilter filter, ClientRestriction restriction) {
		StringBuilder sql = new StringBuilder(" where t.period between :from and :to");
		if (filter.distributorId() != null) {
			sql.append(" and t.distributor_id = :distributor");
		}
		if (filter.region() != null) {
			sql.append(filter.region().equals(Dimension.UNSPECIFIED) ? " and t.region_code is null"
					: " and t.region_code = :region");
		}
		if (filter.segment() != null) {
			sql.append(filter.segment().equals(Dimension.UNSPECIFIED) ? " and t.client_segment is null"
					: " and t.client_segment = :segment");
		}
		if (filter.sku() != null) {
			sql.append(filter.sku().equals(Dimension.UNSPECIFIED) ? " and t.sku is null" : " and t.sku = :sku");
		}
		if (filter.groupId() != null) {
			sql.append(" and t.sku in (").append(SKUS_OF_GROUP).append(')');
		}
		if (filter.clientInn() != null) {
			sql.append(filter.clientInn().equals(Dimension.UNSPECIFIED) ? " and t.client_inn is null"
					: " and t.client_inn = :client");
		}
		if (restriction.restricted()) {
			sql.append(" and t.client_inn = any(:inns)");
		}
		return sql.toString();
	}

	/** The SKUs of a group and its sub-groups at any depth. */
	static final String SKUS_OF_GROUP = "select cp.sku from catalog_products cp join catalog_groups cg on cg.id = cp.group_id"
			+ " where cg.id = :group or cg.path like (select path || ' / %' from catalog_groups where id = :group)";

	static Map<String, Object> params(SalesFilter filter, ClientRestriction restriction) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", filter.from().atDay(1));
		params.put("to", filter.to().atDay(1));
		params.put("distributor", filter.distributorId());
		params.put("region", filter.region());
		params.put("segment", filter.segment());
		params.put("sku", filter.sku());
		params.put("group", filter.groupId());
		params.put("client", filter.clientInn());
		params.put("inns", restriction.inns() == null ? new String[0] : restriction.inns().toArray(String[]::new));
		return params;
	}

}
