package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.WhiteSpots;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * «Белые пятна»: the region × product group matrix of the range, the cells without sales
 * where the group sells in other regions marked, and the same as a list; both as xlsx or
 * CSV.
 */
@Controller
@RequestMapping("/analytics/white-spots")
class WhiteSpotPages {

	private final WhiteSpots spots;

	private final InsightScope scope;

	private final FilterChoices choices;

	private final InsightExport export;

	WhiteSpotPages(WhiteSpots spots, InsightScope scope, FilterChoices choices, InsightExport export) {
		this.spots = spots;
		this.scope = scope;
		this.choices = choices;
		this.export = export;
	}

	@GetMapping
	String page(@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		SalesFilter filter = scope.filter(me, params, model, locale);
		WhiteSpots.Matrix matrix = spots.of(filter, scope.restriction(me));
		model.addAttribute("matrix", matrix);
		Map<String, BigDecimal> perGroup = new LinkedHashMap<>();
		matrix.spots().forEach(x -> perGroup.merge(x.groupName(), BigDecimal.ONE, BigDecimal::add));
		model.addAttribute("chart", InsightCharts.bars(perGroup, export.text("analytics.whiteSpots.title", locale)));
		choices.addTo(model, filter, "white-spots", locale);
		return "analytics/white-spots";
	}

	@GetMapping("/export.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "spots") String table,
			@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Locale locale) {
		SalesFilter filter = scope.filter(me, params);
		WhiteSpots.Matrix matrix = spots.of(filter, scope.restriction(me));
		if (table.equals("matrix")) {
			List<String> headers = new ArrayList<>(List.of("analytics.region.code", "analytics.region"));
			matrix.groups().stream().map(ProductGroup::name).forEach(headers::add);
			List<List<Object>> rows = new ArrayList<>();
			for (WhiteSpots.RegionRow r : matrix.regions()) {
				List<Object> row = new ArrayList<>(List.of(r.code(), r.name()));
				r.cells().forEach(c -> row.add(c.white() ? export.text("analytics.whiteSpot", locale) : c.amountNet()));
				rows.add(row);
			}
			return export.file(format, "white-spots-matrix", filter, headers, rows, locale);
		}
		List<List<Object>> rows = matrix.spots()
			.stream()
			.map(s -> InsightExport.row(s.regionCode(), s.regionName(), s.groupName(), s.otherRegions(),
					s.amountElsewhere()))
			.toList();
		return export.file(format, "white-spots", filter, List.of("analytics.region.code", "analytics.region",
				"analytics.group", "analytics.whiteSpots.otherRegions", "analytics.whiteSpots.elsewhere"), rows,
				locale);
	}

}
