package com.sellout.portal.analytics.web;

import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.internal.ClientInsights;
import com.sellout.portal.analytics.internal.ClientInsights.ClientAmount;
import com.sellout.portal.analytics.internal.ClientRestriction;
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
 * «Клиенты и сегменты»: each distributor's segments with their shares, the concentration
 * of the net amount in the ten largest clients, the clients new in the range and those
 * lost since the range before; each table as xlsx or CSV.
 */
@Controller
@RequestMapping("/analytics/clients")
class ClientPages {

	private final ClientInsights insights;

	private final InsightScope scope;

	private final FilterChoices choices;

	private final InsightExport export;

	ClientPages(ClientInsights insights, InsightScope scope, FilterChoices choices, InsightExport export) {
		this.insights = insights;
		this.scope = scope;
		this.choices = choices;
		this.export = export;
	}

	@GetMapping
	String page(@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		SalesFilter filter = scope.filter(me, params, model, locale);
		ClientRestriction restriction = scope.restriction(me);
		model.addAttribute("segmentRows", insights.segments(filter, restriction));
		model.addAttribute("segmentSource", insights.segmentSource(filter, restriction));
		ClientInsights.Concentration concentration = insights.concentration(filter, restriction);
		model.addAttribute("concentration", concentration);
		model.addAttribute("chart",
				InsightCharts.clients(concentration.top(), export.text("analytics.clients.concentration", locale)));
		model.addAttribute("turnover", insights.turnover(filter, restriction));
		choices.addTo(model, filter, "clients", locale);
		return "analytics/clients";
	}

	@GetMapping("/export.{format:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(defaultValue = "segments") String table,
			@ModelAttribute("params") AnalyticsParams params, @AuthenticationPrincipal CurrentUser me, Locale locale) {
		SalesFilter filter = scope.filter(me, params);
		ClientRestriction restriction = scope.restriction(me);
		List<String> clientHeaders = List.of("analytics.client.inn", "analytics.client", "analytics.amountNet",
				"analytics.lines");
		return switch (table) {
			case "top" -> export.file(format, "clients-top", filter,
					List.of("analytics.client.inn", "analytics.client", "analytics.amountNet", "analytics.lines",
							"analytics.share"),
					insights.concentration(filter, restriction)
						.top()
						.stream()
						.map(c -> InsightExport.row(c.inn(), name(c), c.amountNet(), c.lines(), c.share()))
						.toList(),
					locale);
			case "new" -> export.file(format, "clients-new", filter, clientHeaders,
					rows(insights.turnover(filter, restriction).gained()), locale);
			case "lost" -> export.file(format, "clients-lost", filter, clientHeaders,
					rows(insights.turnover(filter, restriction).lost()), locale);
			default -> export.file(format, "segments", filter,
					List.of("user.distributor", "analytics.segment.code", "analytics.segment", "analytics.amountNet",
							"analytics.lines", "analytics.share"),
					insights.segments(filter, restriction)
						.stream()
						.map(r -> InsightExport.row(r.distributor(),
								r.segment() == null ? Dimension.UNSPECIFIED : r.segment(),
								r.segment() == null ? export.text("analytics.unspecified", locale)
										: choices.segmentNames(locale).getOrDefault(r.segment(), r.segment()),
								r.amountNet(), r.lines(), r.share() == null ? "" : r.share()))
						.toList(),
					locale);
		};
	}

	private static List<List<Object>> rows(List<ClientAmount> clients) {
		return clients.stream().map(c -> InsightExport.row(c.inn(), name(c), c.amountNet(), c.lines())).toList();
	}

	private static String name(ClientAmount c) {
		return c.name() == null ? "" : c.name();
	}

}
