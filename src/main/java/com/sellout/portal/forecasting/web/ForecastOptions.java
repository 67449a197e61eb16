package com.sellout.portal.forecasting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sellout.portal.catalog.Catalog;
import com.sellout.portal.catalog.Product;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.ForecastMethod;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.ListQuery;

import org.springframework.stereotype.Component;

/**
 * What the forecast page's selector offers: the distributors (the manufacturer only; a
 * distributor's user has no choice), the product groups as a tree, the products of the
 * chosen group (all when none, at most {@value #PRODUCTS}; the one chosen always among
 * them) and the methods.
 */
@Component
public class ForecastOptions {

	/** How many products the product list offers at once. */
	static final int PRODUCTS = ListQuery.MAX_SIZE;

	/** A product group in the tree: its depth says how far it is indented. */
	public record GroupOption(long id, String name, String path, int depth) {

		/** The name indented by its depth (no-break spaces, which a select keeps). */
		public String label() {
			return "\u00a0\u00a0\u00a0".repeat(depth) + name;
		}

	}

	/** A product to choose: its SKU and name. */
	public record ProductOption(String sku, String label) {
	}

	/** Everything the selector offers. */
	public record Options(List<Distributor> distributors, List<GroupOption> groups, List<ProductOption> products,
			boolean moreProducts, List<ForecastMethod> methods) {
	}

	private final Distributors distributors;

	private final ProductGroups groups;

	private final Catalog catalog;

	ForecastOptions(Distributors distributors, ProductGroups groups, Catalog catalog) {
		this.distributors = distributors;
		this.groups = groups;
		this.catalog = catalog;
	}

	Options of(CurrentUser me, Long groupId, String sku) {
		List<GroupOption> tree = groups.all()
			.stream()
			.map(g -> new GroupOption(g.id(), g.name(), g.path(),
					g.path().split(ProductGroup.SEPARATOR, -1).length - 1))
			.toList();
		var slice = catalog.find(new Catalog.ProductFilter(groupId, null),
				new ListQuery(null, "sku", false, 0, PRODUCTS));
		List<ProductOption> products = new ArrayList<>(
				slice.items().stream().map(p -> new ProductOption(p.sku(), p.sku() + " — " + p.name())).toList());
		if (sku != null && products.stream().noneMatch(p -> p.sku().equalsIgnoreCase(sku))) {
			Optional<Product> chosen = catalog.findBySku(sku);
			products.add(0, new ProductOption(sku, chosen.map(p -> p.sku() + " — " + p.name()).orElse(sku)));
		}
		return new Options(me.isManufacturer() ? distributors.all() : List.of(), tree, products,
				slice.total() > slice.items().size(), List.of(ForecastMethod.values()));
	}

	/** A group's path, for a heading and the export. */
	Optional<String> groupPath(Long groupId) {
		if (groupId == null) {
			return Optional.empty();
		}
		return groups.all().stream().filter(g -> g.id() == groupId).map(ProductGroup::path).findFirst();
	}

	/** A product's name, for a heading and the export. */
	Optional<String> productName(String sku) {
		return sku == null ? Optional.empty() : catalog.findBySku(sku).map(Product::name);
	}

}
