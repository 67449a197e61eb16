package com.sellout.portal.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.sellout.portal.database.DataScopes;
import com.sellout.portal.shared.ListQuery;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.PageSlice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manufacturer's products. Everyone may read the catalog; only the manufacturer
 * changes it.
 */
@Service
public class Catalog {

	static final String SELECT = """
			select p.id, p.sku, p.name, p.group_id, g.path as group_path, p.brand, p.unit, p.ean, p.list_price,
			       p.active, p.created_at, p.updated_at
			  from products p left join product_groups g on g.id = p.group_id""";

	private static final Set<String> SORTABLE = Set.of("sku", "name", "group_path", "list_price", "updated_at",
			"active");

	private final JdbcClient jdbc;

	private final ProductGroups groups;

	Catalog(JdbcClient jdbc, ProductGroups groups) {
		this.jdbc = jdbc;
		this.groups = groups;
	}

	/** Filters of the product list; any may be null. A group includes its subgroups. */
	public record ProductFilter(Long groupId, Boolean active) {
	}

	@Transactional(readOnly = true)
	public PageSlice<Product> find(ProductFilter filter, ListQuery query) {
		String where = " "
				+ """
						where (cast(:active as boolean) is null or p.active = :active)
						  and (cast(:group as bigint) is null or g.path = (select path from product_groups where id = :group)
						       or g.path like (select replace(replace(path, '%', '\\%'), '_', '\\_') || ' / %' from product_groups where id = :group))
						  and (cast(:search as text) is null or lower(p.sku || ' ' || p.name || ' ' || coalesce(p.ean, '')) like :search)""";
		var count = jdbc.sql("select count(*) from products p left join product_groups g on g.id = p.group_id" + where);
		var rows = jdbc.sql(SELECT + where + " order by " + query.sortOr(SORTABLE, "sku") + " " + query.direction()
				+ " nulls last, p.id limit :limit offset :offset");
		for (var spec : List.of(count, rows)) {
			spec.param("active", filter.active()).param("group", filter.groupId()).param("search", query.likePattern());
		}
		long total = count.query(Long.class).single();
		return new PageSlice<>(
				rows.param("limit", query.size()).param("offset", query.offset()).query(Product.class).list(),
				query.page(), query.size(), total);
	}

	/**
	 * Products changed since the given moment, oldest change first: for systems that sync
	 * the catalog.
	 */
	@Transactional(readOnly = true)
	public PageSlice<Product> changedSince(OffsetDateTime since, int page, int size) {
		ListQuery query = new ListQuery(null, null, false, page, size);
		long total = jdbc
			.sql("select count(*) from products where cast(:since as timestamptz) is null or updated_at > :since")
			.param("since", since)
			.query(Long.class)
			.single();
		List<Product> items = jdbc.sql(SELECT + " " + """
				where cast(:since as timestamptz) is null or p.updated_at > :since
				order by p.updated_at, p.id limit :limit offset :offset""")
			.param("since", since)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query(Product.class)
			.list();
		return new PageSlice<>(items, query.page(), query.size(), total);
	}

	@Transactional(readOnly = true)
	public Optional<Product> findBySku(String sku) {
		return jdbc.sql(SELECT + " where p.sku = ?").param(sku).query(Product.class).optional();
	}

	/** Every product's SKU, EAN and name, for resolving many sell-out lines at once. */
	@Transactional(readOnly = true)
	public List<ProductIdentity> identities() {
		return jdbc.sql("select sku, ean, name from products").query(ProductIdentity.class).list();
	}

	@Transactional(readOnly = true)
	public Product get(long id) {
		return jdbc.sql(SELECT + " where p.id = ?")
			.param(id)
			.query(Product.class)
			.optional()
			.orElseThrow(NotFoundException::new);
	}

	@Transactional
	public Product create(ProductForm form) {
		requireManufacturer();
		long id = jdbc.sql("""
				insert into products (sku, name, group_id, brand, unit, ean, list_price)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(form.sku(), form.name(), groups.ensure(form.groupPath()), form.brand(), form.unit(), form.ean(),
					form.listPrice())
			.query(Long.class)
			.single();
		return get(id);
	}

	@Transactional
	public Product update(long id, ProductForm form) {
		requireManufacturer();
		get(id);
		jdbc.sql("""
				update products set sku = ?, name = ?, group_id = ?, brand = ?, unit = ?, ean = ?, list_price = ?,
				       updated_at = now() where id = ?""")
			.params(form.sku(), form.name(), groups.ensure(form.groupPath()), form.brand(), form.unit(), form.ean(),
					form.listPrice(), id)
			.update();
		return get(id);
	}

	@Transactional
	public void setActive(long id, boolean active) {
		requireManufacturer();
		get(id);
		jdbc.sql("update products set active = ?, updated_at = now() where id = ?").params(active, id).update();
	}

	@Transactional(readOnly = true)
	public boolean skuTaken(String sku, Long exceptId) {
		return jdbc.sql("select count(*) from products where sku = ? and id <> coalesce(?, -1)")
			.params(sku, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	static void requireManufacturer() {
		if (!DataScopes.current().allDistributors()) {
			throw new AccessDeniedException("Only the manufacturer changes the catalog");
		}
	}

}
