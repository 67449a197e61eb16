package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The trend: net amount by month over the range, stacked by distributor or by product
 * group — every month of the range, one without sales as zero; the largest stacks by
 * name, the rest summed as «прочие», so that the chart stays readable and its table is
 * exactly what the chart shows.
 */
@Component
public class Trends {

	/** How many stacks are shown by name; the rest are summed as one. */
	static final int STACKS = 9;

	/** One stack: its key, name, amount per month of the range and in all. */
	public record Series(String key, String name, List<BigDecimal> values, BigDecimal total) {
	}

	/** The trend as shown. */
	public record View(Dimension stack, List<String> months, List<Series> series, List<BigDecimal> totals,
			BigDecimal total, Rollup source, Map<String, Object> chart) {
	}

	private final SalesFigures figures;

	private final MessageSource messages;

	Trends(SalesFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	View of(SalesFilter filter, Dimension stack, Locale locale) {
		List<String> months = new ArrayList<>();
		for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
			months.add(m.toString());
		}
		Map<String, BigDecimal[]> byKey = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (SalesRow row : figures.sums(filter, Dimension.PERIOD, stack)) {
			int month = months.indexOf(row.key());
			if (month < 0) {
				continue;
			}
			String key = row.key2() == null ? Dimension.UNSPECIFIED : row.key2();
			names.putIfAbsent(key, Dimension.UNSPECIFIED.equals(key)
					? messages.getMessage("analytics.unspecified", null, locale) : row.name2());
			BigDecimal[] values = byKey.computeIfAbsent(key, k -> zeros(months.size()));
			values[month] = values[month].add(row.amountNet());
		}
		List<Series> all = byKey.entrySet()
			.stream()
			.map(e -> new Series(e.getKey(), names.get(e.getKey()), List.of(e.getValue()), sum(e.getValue())))
			.sorted(Comparator.comparing(Series::total).reversed())
			.toList();
		List<Series> shown = new ArrayList<>(all.size() > STACKS + 1 ? all.subList(0, STACKS) : all);
		if (all.size() > STACKS + 1) {
			BigDecimal[] rest = zeros(months.size());
			for (Series s : all.subList(STACKS, all.size())) {
				for (int i = 0; i < rest.length; i++) {
					rest[i] = rest[i].add(s.values().get(i));
				}
			}
			shown.add(new Series("",
					messages.getMessage("analytics.trend.others", new Object[] { all.size() - STACKS }, locale),
					List.of(rest), sum(rest)));
		}
		BigDecimal[] totals = zeros(months.size());
		for (Series s : shown) {
			for (int i = 0; i < totals.length; i++) {
				totals[i] = totals[i].add(s.values().get(i));
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "trend");
		chart.put("months", months);
		chart.put("totalLabel", messages.getMessage("analytics.trend.total", null, locale));
		chart.put("series", shown.stream().map(s -> Map.of("name", s.name(), "values", s.values())).toList());
		return new View(stack, months, List.copyOf(shown), List.of(totals), sum(totals),
				figures.source(filter, Dimension.PERIOD, stack), chart);
	}

	private static BigDecimal[] zeros(int size) {
		BigDecimal[] values = new BigDecimal[size];
		Arrays.fill(values, BigDecimal.ZERO);
		return values;
	}

	private static BigDecimal sum(BigDecimal[] values) {
		return Arrays.stream(values).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
