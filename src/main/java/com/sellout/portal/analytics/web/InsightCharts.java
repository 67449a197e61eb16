package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.analytics.internal.ClientInsights.ClientAmount;
import com.sellout.portal.analytics.internal.DemandDynamics.GroupDynamics;
import com.sellout.portal.analytics.internal.MonthFigures;
import com.sellout.portal.analytics.internal.PriceDeviations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The insight pages' charts as the JSON {@code static/js/analytics.js} draws from a
 * {@code data-chart} attribute ({@code bar}: labels and values; {@code trend}: months and
 * series) — data only, never script; names are escaped by the script's formatters. Each
 * chart has its table beside it on the page.
 */
final class InsightCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InsightCharts() {
	}

	/** Sell-out amount per month, stacked by product group. */
	static String dynamics(List<YearMonth> months, List<GroupDynamics> groups, String totalLabel) {
		List<Map<String, Object>> series = new ArrayList<>();
		for (GroupDynamics g : groups) {
			series.add(Map.of("name", g.group().name(), "values",
					g.months().stream().map(MonthFigures::amountNet).map(BigDecimal::doubleValue).toList()));
		}
		return json(Map.of("kind", "trend", "months", months.stream().map(YearMonth::toString).toList(), "series",
				series, "totalLabel", totalLabel));
	}

	/** The amount below the floor per month. */
	static String deviations(List<PriceDeviations.Row> byPeriod, String name) {
		return json(
				Map.of("kind", "trend", "months", byPeriod.stream().map(PriceDeviations.Row::key).toList(), "series",
						List.of(Map.of("name", name, "values",
								byPeriod.stream().map(r -> r.belowAmount().doubleValue()).toList())),
						"totalLabel", name));
	}

	/** The largest clients' amounts. */
	static String clients(List<ClientAmount> top, String title) {
		return json(Map.of("kind", "bar", "title", title, "labels",
				top.stream().map(c -> c.name() == null ? c.inn() : c.name()).toList(), "values",
				top.stream().map(c -> c.amountNet().doubleValue()).toList()));
	}

	/** Amounts per label, as a bar chart. */
	static String bars(Map<String, BigDecimal> amounts, String title) {
		return json(Map.of("kind", "bar", "title", title, "labels", new ArrayList<>(amounts.keySet()), "values",
				amounts.values().stream().map(BigDecimal::doubleValue).toList()));
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
