package com.sellout.portal.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The general price floor of each product (no dates, region, segment or distributor), as
 * the catalog's {@code min_price} column sets it: a changed value replaces the current
 * rule, keeping it in the history; an empty cell leaves the floor alone.
 */
final class GeneralFloors {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	GeneralFloors(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Applies the rows' minimum prices; returns the SKUs whose floor changed. */
	Set<String> apply(Collection<ProductImporter.ProductRow> rows) {
		Map<String, BigDecimal> wanted = new HashMap<>();
		for (ProductImporter.ProductRow row : rows) {
			if (row.minPrice() != null) {
				wanted.put(row.sku(), row.minPrice());
			}
		}
		if (wanted.isEmpty()) {
			return Set.of();
		}
		Map<String, Long> productIds = new HashMap<>();
		jdbc.sql("select id, sku from products where sku = any(?)")
			.param(wanted.keySet().toArray(String[]::new))
			.query(rs -> {
				productIds.put(rs.getString("sku"), rs.getLong("id"));
			});
		Map<Long, Current> current = new HashMap<>();
		jdbc.sql("""
				select id, product_id, min_price from price_floors
				 where replaced_at is null and valid_from is null and valid_to is null and region_code is null
				   and segment is null and distributor_id is null and product_id = any(?)""")
			.param(productIds.values().toArray(Long[]::new))
			.query(rs -> {
				current.put(rs.getLong("product_id"), new Current(rs.getLong("id"), rs.getBigDecimal("min_price")));
			});
		String actor = actor();
		List<Long> replaced = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		Set<String> changed = new HashSet<>();
		wanted.forEach((sku, price) -> {
			long productId = productIds.get(sku);
			Current floor = current.get(productId);
			if (floor != null && floor.minPrice().compareTo(price) == 0) {
				return;
			}
			if (floor != null) {
				replaced.add(floor.id());
			}
			inserts.add(new Object[] { productId, price, actor });
			changed.add(sku);
		});
		if (!replaced.isEmpty()) {
			jdbc.sql("update price_floors set replaced_at = now(), replaced_by = ? where id = any(?)")
				.params(actor, replaced.toArray(Long[]::new))
				.update();
		}
		batch.batchUpdate("insert into price_floors (product_id, min_price, created_by) values (?, ?, ?)", inserts);
		return changed;
	}

	static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	private record Current(long id, BigDecimal minPrice) {
	}

}
