package com.sellout.portal.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dataset's catalog and clients in the tables: groups (top groups first), products
 * with list prices, each distributor's clients with their assignment. Few enough rows
 * (thousands) for one insert of arrays each.
 */
final class DatasetCatalog {

	/**
	 * Group ids by path, product ids by the plan's product index, clients by distributor.
	 */
	record Written(Map<String, Long> groups, long[] productIds, List<List<DatasetClients.Client>> clients) {
	}

	private DatasetCatalog() {
	}

	static Written write(JdbcClient jdbc, DatasetPlan plan, List<Long> distributors) {
		Map<String, Long> groups = new LinkedHashMap<>();
		for (DatasetPlan.Group group : plan.groups) {
			jdbc.sql(
					"insert into product_groups (parent_id, name, path) values (?, ?, ?) on conflict (path) do nothing")
				.params(group.parent() == null ? null : groups.get(group.parent()), group.name(), group.path())
				.update();
			groups.put(group.path(),
					jdbc.sql("select id from product_groups where path = ?")
						.param(group.path())
						.query(Long.class)
						.single());
		}
		List<DatasetPlan.Product> products = plan.products;
		Map<String, Long> ids = new LinkedHashMap<>();
		jdbc.sql("""
				insert into products (sku, name, group_id, brand, unit, ean, list_price)
				select sku, name, group_id, 'Channel', unit, ean, list_price
				  from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::numeric[])
				       as p (sku, name, group_id, unit, ean, list_price)
				returning sku, id""")
			.params(products.stream().map(DatasetPlan.Product::sku).toArray(String[]::new),
					products.stream().map(DatasetPlan.Product::name).toArray(String[]::new),
					products.stream().map(p -> groups.get(plan.groups.get(p.group()).path())).toArray(Long[]::new),
					products.stream().map(DatasetPlan.Product::unit).toArray(String[]::new),
					products.stream().map(DatasetPlan.Product::ean).toArray(String[]::new),
					products.stream().map(p -> BigDecimal.valueOf(p.listPrice(), 2)).toArray(BigDecimal[]::new))
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		long[] productIds = products.stream().mapToLong(p -> ids.get(p.sku())).toArray();
		List<List<DatasetClients.Client>> clients = new ArrayList<>();
		for (int d = 0; d < distributors.size(); d++) {
			List<DatasetClients.Client> own = DatasetClients.of(d, plan.size.clientsOf(d), plan.size.seed());
			clients.add(own);
			jdbc.sql("""
					insert into clients (inn, kpp, name, segment, region_code, city, status)
					select inn, kpp, name, segment, region_code, city, 'ACTIVE'
					  from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					       as c (inn, kpp, name, segment, region_code, city)
					on conflict do nothing""")
				.params(own.stream().map(DatasetClients.Client::inn).toArray(String[]::new),
						own.stream().map(DatasetClients.Client::kpp).toArray(String[]::new),
						own.stream().map(DatasetClients.Client::name).toArray(String[]::new),
						own.stream().map(DatasetClients.Client::segment).toArray(String[]::new),
						own.stream().map(DatasetClients.Client::region).toArray(String[]::new),
						own.stream().map(DatasetClients.Client::city).toArray(String[]::new))
				.update();
			jdbc.sql("""
					insert into client_assignments (client_id, distributor_id, assigned_by)
					select c.id, ?, 'bench' from clients c where c.inn = any(?) on conflict do nothing""")
				.params(distributors.get(d), own.stream().map(DatasetClients.Client::inn).toArray(String[]::new))
				.update();
		}
		return new Written(groups, productIds, clients);
	}

}
