package com.sellout.portal.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.DemandDynamics;
import com.sellout.portal.analytics.internal.DemandDynamics.Dynamics;
import com.sellout.portal.analytics.internal.DemandDynamics.GroupDynamics;
import com.sellout.portal.analytics.internal.DemandDynamics.Mover;
import com.sellout.portal.analytics.internal.DemandFlag;
import com.sellout.portal.analytics.internal.MonthFigures;
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
 * «Динамика спроса»: per product group its sell-out, sell-in and channel stock by month,
 * the flags the rules raise (each rule, its thresholds and the figures that tripped it on
 * hover), and the top movers against the range before; each table as xlsx or CSV.
 */
@Controller
@RequestMapping("/analytics/dynamics")
class DynamicsPages {

	private final DemandDynamics dynamics;

	private final InsightScope scope;

	private final FilterChoices choices;

	private final InsightExport export;

	DynamicsPages(DemandDynamics dynamics, InsightScope scope, FilterChoices choices, InsightExport export) {
		this.dynamics = dynamics;
		this.scope = scope;
		this.choices = choices;
		this.export = export;
	}

	@GetMapping
	String page(@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		SalesFilter filter = scope.filter(me, params, model, locale);
		Dynamics figures = dynamics.of(filter, scope.restriction(me));
		model.addAttribute("dynamics", figures);
		model.addAttribute("chart", InsightCharts.dynamics(figures.months(), figures.groups(),
				export.text("analytics.trend.total", locale)));
		model.addAttribute("flagTexts", figures.groups()
			.stream()
			.collect(
					Collectors.toMap(g -> g.group().id(), g -> g.flags().stream().map(f -> rule(f, locale)).toList())));
		model.addAttribute("rulesText",
				export.text("analytics.dynamics.rules",
						new Object[] { figures.rules().stagnationMonths(), figures.rules().stagnationDropPct(),
								figures.rules().stagnationStockPct(), figures.rules().hypeRatio(),
								figures.rules().hypeMonths() },
						locale));
		choices.addTo(model, filter, "dynamics", locale);
		return "analytics/dynamics";
	}

	/** A flag's rule with its thresholds and the figures that raised it. */
	String rule(DemandFlag flag, Locale locale) {
		return export.text("analytics.flag." + flag.kind() + ".rule", flag.figures().toArray(), locale);
	}

	@GetMapping("/export.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "groups") String table,
			@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Locale locale) {
		SalesFilter filter = scope.filter(me, params);
		Dynamics figures = dynamics.of(filter, scope.restriction(me));
		if (table.equals("movers") || table.equals("product-movers")) {
			List<Mover> movers = table.equals("movers") ? figures.groupMovers() : figures.productMovers();
			return export.file(format, table, filter,
					List.of("analytics.key", "analytics.name", "analytics.amountNet", "analytics.previous",
							"analytics.change"),
					movers.stream()
						.map(m -> InsightExport.row(m.key(), m.name(), m.now(), m.before(), m.change()))
						.toList(),
					locale);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (GroupDynamics g : figures.groups()) {
			String flags = g.flags()
				.stream()
				.map(f -> export.text("analytics.flag." + f.kind(), locale))
				.collect(Collectors.joining(", "));
			for (MonthFigures m : g.months()) {
				rows.add(InsightExport.row(g.group().path(), m.month().toString(), m.sellOut(), m.amountNet(),
						m.sellIn(), m.stock(), m.weeksOfSupply(), flags));
			}
		}
		return export.file(format, "dynamics", filter,
				List.of("analytics.group", "analytics.period", "analytics.sellOut", "analytics.amountNet",
						"analytics.sellIn", "analytics.stock", "analytics.weeks", "analytics.flags"),
				rows, locale);
	}

}
