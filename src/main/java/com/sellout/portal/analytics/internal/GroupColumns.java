package com.sellout.portal.analytics.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.sellout.portal.catalog.ProductGroup;
import org.jspecify.annotations.Nullable;

/**
 * The product groups a widget's columns are: the top-level groups, or the children of the
 * group the filter names (the group itself when it has none); each product's group counts
 * in the column it lies under.
 */
public final class GroupColumns {

	private final Map<Long, ProductGroup> byId = new HashMap<>();

	private final List<ProductGroup> columns;

	private final @Nullable Long parent;

	public GroupColumns(List<ProductGroup> all, @Nullable Long parent) {
		all.forEach(g -> byId.put(g.id(), g));
		List<ProductGroup> children = all.stream().filter(g -> Objects.equals(g.parentId(), parent)).toList();
		if (parent != null && children.isEmpty() && byId.containsKey(parent)) {
			this.columns = List.of(byId.get(parent));
			this.parent = byId.get(parent).parentId();
		}
		else {
			this.columns = children;
			this.parent = parent;
		}
	}

	/** The columns, in the order of their paths. */
	public List<ProductGroup> columns() {
		return columns;
	}

	/** The column a product of this group counts in; empty outside them all. */
	public Optional<ProductGroup> columnOf(@Nullable Long groupId) {
		ProductGroup group = groupId == null ? null : byId.get(groupId);
		int depth = 0;
		while (group != null && depth++ < 64) {
			if (Objects.equals(group.parentId(), parent)) {
				return columns.contains(group) ? Optional.of(group) : Optional.empty();
			}
			group = group.parentId() == null ? null : byId.get(group.parentId());
		}
		return Optional.empty();
	}

}
