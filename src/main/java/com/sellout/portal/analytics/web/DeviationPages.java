package com.sellout.portal.analytics.web;

import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.ClientRestriction;
import com.sellout.portal.analytics.internal.PriceDeviations;
import com.sellout.portal.analytics.internal.PriceDeviations.By;
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
 * «Мониторинг цен»: the sales below the price floor by distributor, client, product and
 * month, with the percent below — monitoring, never enforcement (Russian competition law
 * forbids fixing resale prices), as the page and its exports say; each table as xlsx or
 * CSV.
 */
@Controller
@RequestMapping("/analytics/deviations")
class DeviationPages {

	private final PriceDeviations deviations;

	private final InsightScope scope;

	private final FilterChoices choices;

	private final InsightExport export;

	DeviationPages(PriceDeviations deviations, InsightScope scope, FilterChoices choices, InsightExport export) {
		this.deviations = deviations;
		this.scope = scope;
		this.choices = choices;
		this.export = export;
	}

	@GetMapping
	String page(@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		SalesFilter filter = scope.filter(me, params, model, locale);
		ClientRestriction restriction = scope.restriction(me);
		model.addAttribute("totals", deviations.totals(filter, restriction));
		model.addAttribute("byDistributor", deviations.by(By.DISTRIBUTOR, filter, restriction));
		model.addAttribute("byClient", deviations.by(By.CLIENT, filter, restriction));
		model.addAttribute("byProduct", deviations.by(By.PRODUCT, filter, restriction));
		List<PriceDeviations.Row> byPeriod = deviations.by(By.PERIOD, filter, restriction);
		model.addAttribute("byPeriod", byPeriod);
		model.addAttribute("chart",
				InsightCharts.deviations(byPeriod, export.text("analytics.deviations.belowAmount", locale)));
		model.addAttribute("source", PriceDeviations.source(filter));
		choices.addTo(model, filter, "deviations", locale);
		return "analytics/deviations";
	}

	@GetMapping("/export.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "distributor") String by,
			@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Locale locale) {
		SalesFilter filter = scope.filter(me, params);
		By breakdown = switch (by) {
			case "client" -> By.CLIENT;
			case "product" -> By.PRODUCT;
			case "period" -> By.PERIOD;
			default -> By.DISTRIBUTOR;
		};
		List<List<Object>> rows = deviations.by(breakdown, filter, scope.restriction(me))
			.stream()
			.map(r -> InsightExport.row(r.key(), r.name(), r.lines(), r.quantity(), r.amountNet(), r.floorAmount(),
					r.belowAmount(), r.belowPct(), r.maxBelowPct()))
			.toList();
		return export.file(format, "price-monitoring-" + by, filter,
				List.of("analytics.key", "analytics.name", "analytics.lines", "analytics.quantity",
						"analytics.amountNet", "analytics.deviations.floorAmount", "analytics.deviations.belowAmount",
						"analytics.deviations.belowPct", "analytics.deviations.maxBelowPct"),
				rows, locale);
	}

}
