package com.sellout.portal.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * «Аналитика»: the overview — totals against the range before and a year earlier, the
 * trend by month stacked by distributor or product group, and the breakdowns by
 * distributor, group, product, region, segment and client, each row drilling down to the
 * next and at last to the lines — and the regions' tile map; every view also as xlsx and
 * CSV. The manufacturer sees all distributors, a distributor its own: the figures' scope
 * decides.
 */
@Controller
@RequestMapping("/analytics")
class AnalyticsPages {

	/** The breakdowns of the overview, in the order of the drill-down. */
	private static final List<Dimension> BREAKDOWNS = List.of(Dimension.DISTRIBUTOR, Dimension.GROUP, Dimension.SKU,
			Dimension.REGION, Dimension.SEGMENT, Dimension.CLIENT);

	private final FilterBar filterBar;

	private final SalesFigures figures;

	private final Breakdowns breakdowns;

	private final Trends trends;

	private final RegionTiles tiles;

	private final AnalyticsExport exports;

	AnalyticsPages(FilterBar filterBar, SalesFigures figures, Breakdowns breakdowns, Trends trends, RegionTiles tiles,
			AnalyticsExport exports) {
		this.filterBar = filterBar;
		this.figures = figures;
		this.breakdowns = breakdowns;
		this.trends = trends;
		this.tiles = tiles;
		this.exports = exports;
	}

	@GetMapping
	String overview(@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me,
			Model model, Locale locale) {
		SalesFilter filter = filterBar.prepare(model, params, me, locale);
		model.addAttribute("comparison", figures.comparison(filter));
		model.addAttribute("totalsSource", figures.source(filter, null, null));
		model.addAttribute("trend", trends.of(filter, params.stackBy(me.isManufacturer()), locale));
		List<Breakdowns.View> views = new ArrayList<>();
		for (Dimension by : breakdownsFor(me)) {
			views.add(breakdowns.of(filter, params, by, locale));
		}
		model.addAttribute("breakdowns", views);
		return "analytics/overview";
	}

	@GetMapping("/regions")
	String regions(@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me,
			Model model, Locale locale) {
		SalesFilter filter = filterBar.prepare(model, params, me, locale);
		Breakdowns.View view = breakdowns.of(filter, withAll(params, Dimension.REGION), Dimension.REGION, locale);
		model.addAttribute("breakdown", view);
		// the map shows every subject of the range, whichever region the filter names
		SalesFilter anyRegion = new SalesFilter(filter.from(), filter.to(), filter.distributorId(), null,
				filter.segment(), filter.groupId(), filter.sku(), filter.clientInn());
		model.addAttribute("tiles", tiles.of(figures.breakdown(anyRegion, Dimension.REGION, null)));
		return "analytics/regions";
	}

	/**
	 * A view as a file: a breakdown ({@code distributor}, {@code group}, {@code sku},
	 * {@code region}, {@code segment}, {@code client}), the {@code trend}, or the
	 * {@code regions} page's table.
	 */
	@GetMapping("/export/{view}.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String view, @PathVariable String format,
			@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Locale locale) {
		SalesFilter filter = filterBar.filter(params, me);
		return switch (view) {
			case "trend" ->
				exports.trend(format, filter, trends.of(filter, params.stackBy(me.isManufacturer()), locale), locale);
			case "regions" -> exports.breakdown(format, filter,
					breakdowns.of(filter, withAll(params, Dimension.REGION), Dimension.REGION, locale), locale);
			default -> {
				Dimension by = Dimension.byParam(view)
					.filter(d -> breakdownsFor(me).contains(d))
					.orElseThrow(NotFoundException::new);
				yield exports.breakdown(format, filter, breakdowns.of(filter, params, by, locale), locale);
			}
		};
	}

	/** A distributor's user has no breakdown by distributor: it is the only one. */
	private static List<Dimension> breakdownsFor(CurrentUser me) {
		return me.isManufacturer() ? BREAKDOWNS : BREAKDOWNS.subList(1, BREAKDOWNS.size());
	}

	/** The regions page lists every region with sales. */
	private static AnalyticsParams withAll(AnalyticsParams p, Dimension by) {
		return new AnalyticsParams(p.from(), p.to(), p.distributor(), p.region(), p.segment(), p.group(), p.sku(),
				p.client(), p.stack(), p.sort(), p.desc(), by.param());
	}

}
