package com.sellout.portal.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product group hierarchy, created on demand from paths such as "Group / Subgroup".
 */
@Component
public class ProductGroups {

	private final JdbcClient jdbc;

	ProductGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ProductGroup> all() {
		return jdbc.sql("select id, parent_id, name, path from product_groups order by path")
			.query(ProductGroup.class)
			.list();
	}

	/**
	 * The SKUs of the products in this group and in its subgroups at any depth (whose
	 * paths begin with its path): what "sold in this group" means wherever sell-out is
	 * filtered by group.
	 */
	@Transactional(readOnly = true)
	public List<String> skusWithin(long groupId) {
		return jdbc.sql("""
				select p.sku from products p join product_groups g on g.id = p.group_id
				 where g.id = :group or g.path like (select path || ' / %' from product_groups where id = :group)""")
			.param("group", groupId)
			.query(String.class)
			.list();
	}

	/**
	 * The id of the group at this path, creating it and its parents when missing; null
	 * for none.
	 */
	@Transactional
	public Long ensure(String path) {
		return ensureAll(path == null ? List.of() : List.of(path)).get(ProductGroup.normalisePath(path));
	}

	/** Ids of all these paths (normalised), creating what is missing, parents first. */
	@Transactional
	public Map<String, Long> ensureAll(Collection<String> paths) {
		Map<String, Long> ids = new HashMap<>();
		for (String raw : paths) {
			String path = ProductGroup.normalisePath(raw);
			if (path == null || ids.containsKey(path)) {
				continue;
			}
			Long parent = null;
			StringBuilder prefix = new StringBuilder();
			for (String part : path.split(" / ")) {
				if (!prefix.isEmpty()) {
					prefix.append(ProductGroup.SEPARATOR);
				}
				prefix.append(part);
				String current = prefix.toString();
				Long known = ids.get(current);
				if (known == null) {
					jdbc.sql(
							"insert into product_groups (parent_id, name, path) values (?, ?, ?) on conflict (path) do nothing")
						.params(parent, part, current)
						.update();
					known = jdbc.sql("select id from product_groups where path = ?")
						.param(current)
						.query(Long.class)
						.single();
					ids.put(current, known);
				}
				parent = known;
			}
		}
		return ids;
	}

}
