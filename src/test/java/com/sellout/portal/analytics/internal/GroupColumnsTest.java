package com.sellout.portal.analytics.internal;

import java.util.List;

import com.sellout.portal.catalog.ProductGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which column a product's group counts in: its top-level ancestor, or — with a group
 * filter — the child of that group it lies under; a group without children is its own one
 * column; a group outside the filter's sub-tree counts nowhere.
 */
class GroupColumnsTest {

	private static final ProductGroup LIGHT = new ProductGroup(1, null, "Свет", "Свет");

	private static final ProductGroup LAMPS = new ProductGroup(2, 1L, "Лампы", "Свет / Лампы");

	private static final ProductGroup LED = new ProductGroup(3, 2L, "LED", "Свет / Лампы / LED");

	private static final ProductGroup FIXTURES = new ProductGroup(4, 1L, "Светильники", "Свет / Светильники");

	private static final ProductGroup CABLE = new ProductGroup(5, null, "Кабель", "Кабель");

	private static final List<ProductGroup> ALL = List.of(CABLE, LIGHT, LAMPS, LED, FIXTURES);

	@Test
	void withoutAFilterTheColumnsAreTheTopLevelGroups() {
		GroupColumns columns = new GroupColumns(ALL, null);
		assertThat(columns.columns()).containsExactly(CABLE, LIGHT);
		assertThat(columns.columnOf(3L)).contains(LIGHT);
		assertThat(columns.columnOf(5L)).contains(CABLE);
		assertThat(columns.columnOf(null)).isEmpty();
		assertThat(columns.columnOf(99L)).isEmpty();
	}

	@Test
	void aFilteredGroupsChildrenAreTheColumns() {
		GroupColumns columns = new GroupColumns(ALL, 1L);
		assertThat(columns.columns()).containsExactly(LAMPS, FIXTURES);
		assertThat(columns.columnOf(3L)).contains(LAMPS);
		assertThat(columns.columnOf(4L)).contains(FIXTURES);
		assertThat(columns.columnOf(1L)).isEmpty();
		assertThat(columns.columnOf(5L)).isEmpty();
	}

	@Test
	void aGroupWithoutChildrenIsItsOwnColumn() {
		GroupColumns columns = new GroupColumns(ALL, 3L);
		assertThat(columns.columns()).containsExactly(LED);
		assertThat(columns.columnOf(3L)).contains(LED);
		assertThat(columns.columnOf(2L)).isEmpty();
	}

}
