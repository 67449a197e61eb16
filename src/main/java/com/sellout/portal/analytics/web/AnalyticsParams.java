package com.sellout.portal.analytics.web;

import java.util.Locale;
import java.util.Optional;

import com.sellout.portal.analytics.Dimension;

/**
 * The analytics pages' parameters as their address carries them — the same for every
 * widget, every export and every drill-down link, so that a view can be shared by its
 * address: the range of report months ({@code YYYY-MM}, both ends included), the
 * manufacturer's distributor (by id), region (code, or {@code -} for none), segment
 * (code, or {@code -}), product group (id, sub-groups included), product (SKU), client
 * (ИНН); how the trend is stacked ({@code stack=distributor|group}); which breakdown is
 * sorted by which column ({@code sort=region-amount}, {@code desc}); which breakdown
 * shows all its rows ({@code all=client}).
 */
public record AnalyticsParams(String from, String to, Long distributor, String region, String segment, Long group,
		String sku, String client, String stack, String sort, Boolean desc, String all) {

	/** The columns a breakdown may be sorted by. */
	public enum Column {

		NAME, AMOUNT, QUANTITY, LINES, CLIENTS;

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public AnalyticsParams {
		region = blankToNull(region);
		segment = blankToNull(segment);
		sku = blankToNull(sku);
		client = blankToNull(client);
		stack = blankToNull(stack);
		sort = blankToNull(sort);
		all = blankToNull(all);
		from = blankToNull(from);
		to = blankToNull(to);
	}

	/** The dimension the trend is stacked by: the one asked for, else the default. */
	public Dimension stackBy(boolean manufacturer) {
		if ("group".equals(stack)) {
			return Dimension.GROUP;
		}
		if ("distributor".equals(stack)) {
			return Dimension.DISTRIBUTOR;
		}
		return manufacturer ? Dimension.DISTRIBUTOR : Dimension.GROUP;
	}

	/** The column this breakdown is sorted by, if the address sorts it. */
	public Optional<Column> sortOf(Dimension dimension) {
		if (sort == null || !sort.startsWith(dimension.param() + "-")) {
			return Optional.empty();
		}
		String column = sort.substring(dimension.param().length() + 1);
		for (Column c : Column.values()) {
			if (c.param().equals(column)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** Whether a sorted breakdown runs downwards: by default names up, numbers down. */
	public boolean descending(Column column) {
		return desc == null ? column != Column.NAME : desc;
	}

	/** Whether this breakdown shows all its rows, not only the largest. */
	public boolean showsAll(Dimension dimension) {
		return dimension.param().equals(all);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
