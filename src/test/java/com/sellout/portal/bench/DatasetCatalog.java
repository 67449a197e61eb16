package com.sellout.portal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dataset's catalog and clients in the tables: groups (top groups first), products
 * with list prices, each distributor's clients with their assignment. Few enough rows
 * (thousands) for plain inserts.
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
		long[] productIds = new long[plan.products.size()];
		for (DatasetPlan.Product product : plan.products) {
			productIds[product.index()] = jdbc
				.sql("""
						insert into products (sku, name, group_id, brand, unit, ean, list_price) values (?, ?, ?, 'Channel', ?, ?, ?)
						returning id""")
				.params(product.sku(), product.name(), groups.get(plan.groups.get(product.group()).path()),
						product.unit(), product.ean(), product.listPrice() / 100.0)
				.query(Long.class)
				.single();
		}
		List<List<DatasetClients.Client>> clients = new ArrayList<>();
		for (int d = 0; d < distributors.size(); d++) {
			List<DatasetClients.Client> own = DatasetClients.of(d, plan.size.clients(), plan.size.seed());
			clients.add(own);
			for (DatasetClients.Client client : own) {
				jdbc.sql("""
						insert into clients (inn, kpp, name, segment, region_code, city, status)
						values (?, ?, ?, ?, ?, ?, 'ACTIVE') on conflict do nothing""")
					.params(client.inn(), client.kpp(), client.name(), client.segment(), client.region(), client.city())
					.update();
			}
			jdbc.sql("""
					insert into client_assignments (client_id, distributor_id, assigned_by)
					select c.id, ?, 'bench' from clients c where c.inn = any(?) on conflict do nothing""")
				.params(distributors.get(d), own.stream().map(DatasetClients.Client::inn).toArray(String[]::new))
				.update();
		}
		return new Written(groups, productIds, clients);
	}

}
