package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.web.AnalyticsParams.Column;
import com.sellout.portal.clients.Segment;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A breakdown as a page shows it: the largest rows (or all, when asked), sorted as the
 * address says, each with where it drills down and its lines, named in the reader's
 * language («не указан» for lines without a value), with the chart of the same rows and
 * the source its figures were read from.
 */
@Component
public class Breakdowns {

	/** How many rows a breakdown shows unless all are asked for. */
	static final int TOP = 15;

	/**
	 * How many rows a chart draws at most (a breakdown showing all may have thousands).
	 */
	static final int CHART_BARS = 30;

	/** A row as shown: its figures, its name, where it leads. */
	public record Line(SalesRow row, String name, String drill, String lines) {
	}

	/** A breakdown as shown. */
	public record View(Dimension by, List<Line> lines, int rows, boolean all, BigDecimal amount, Rollup source,
			Map<String, Object> chart) {

		/**
		 * The dimension's name in addresses and ids ({@code region}); templates may not
		 * call a method named param.
		 */
		public String slug() {
			return by.param();
		}

		/** Whether some rows are left out (the largest are shown). */
		public boolean cut() {
			return lines.size() < rows;
		}

	}

	private final SalesFigures figures;

	private final AnalyticsLinks links;

	private final Segments segments;

	private final MessageSource messages;

	Breakdowns(SalesFigures figures, AnalyticsLinks links, Segments segments, MessageSource messages) {
		this.figures = figures;
		this.links = links;
		this.segments = segments;
		this.messages = messages;
	}

	View of(SalesFilter filter, AnalyticsParams params, Dimension by, Locale locale) {
		// a product's or a group's clients would be counted over the client × product
		// rollup, nearly as large as the lines: those tables show the sums only
		List<SalesRow> rows = by == Dimension.GROUP || by == Dimension.SKU ? figures.sums(filter, by, null)
				: figures.breakdown(filter, by, null);
		boolean all = params.showsAll(by);
		List<SalesRow> shown = all || rows.size() <= TOP ? rows : rows.subList(0, TOP);
		BigDecimal amount = rows.stream().map(SalesRow::amountNet).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, String> names = names(by, locale);
		List<Line> lines = new ArrayList<>();
		for (SalesRow row : shown) {
			lines.add(new Line(row, name(row, names, locale), links.drill(params, filter, by, row),
					links.lines(filter, by, row)));
		}
		lines.sort(order(params, by, locale));
		return new View(by, List.copyOf(lines), rows.size(), all, amount, figures.source(filter, by, null),
				chart(by, lines, locale));
	}

	private Map<String, Object> chart(Dimension by, List<Line> all, Locale locale) {
		// all rows of a long breakdown stay in the table; the chart draws the first
		List<Line> lines = all.size() > CHART_BARS ? all.subList(0, CHART_BARS) : all;
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", by == Dimension.SEGMENT ? "pie" : "bar");
		chart.put("title", messages.getMessage("analytics.amountShort", null, locale));
		chart.put("labels", lines.stream().map(Line::name).toList());
		chart.put("values", lines.stream().map(l -> l.row().amountNet()).toList());
		chart.put("links", lines.stream().map(l -> l.drill() != null ? l.drill() : l.lines()).toList());
		return chart;
	}

	/**
	 * The row's name: the segment's and the region's in the reader's language, «не
	 * указан» for lines without one, else as the figures name it.
	 */
	private String name(SalesRow row, Map<String, String> names, Locale locale) {
		if (Dimension.UNSPECIFIED.equals(row.key())) {
			return messages.getMessage("analytics.unspecified", null, locale);
		}
		String known = names.get(row.key());
		return known != null ? known : row.name();
	}

	private Map<String, String> names(Dimension by, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		if (by == Dimension.SEGMENT) {
			for (Segment s : segments.all()) {
				names.put(s.code(), s.name(locale));
			}
		}
		if (by == Dimension.REGION) {
			for (Region r : Region.all()) {
				names.put(r.code(), r.name());
			}
		}
		return names;
	}

	/** The address's order; by default the figures' own (largest amount first). */
	static Comparator<Line> order(AnalyticsParams params, Dimension by, Locale locale) {
		Column column = params.sortOf(by).orElse(null);
		if (column == null) {
			return (a, b) -> 0;
		}
		Collator collator = Collator.getInstance(locale);
		Comparator<Line> order = switch (column) {
			case NAME -> Comparator.comparing(Line::name, collator);
			case AMOUNT -> Comparator.comparing(l -> l.row().amountNet());
			case QUANTITY ->
				Comparator.comparing(l -> l.row().quantity(), Comparator.nullsFirst(Comparator.naturalOrder()));
			case LINES -> Comparator.comparingLong(l -> l.row().lines());
			case CLIENTS ->
				Comparator.comparing(l -> l.row().clients(), Comparator.nullsFirst(Comparator.naturalOrder()));
		};
		return params.descending(column) ? order.reversed() : order;
	}

}
