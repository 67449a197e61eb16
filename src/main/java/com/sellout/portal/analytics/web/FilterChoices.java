package com.sellout.portal.analytics.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.Region;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every insight page's filter bar offers (the distributors the caller may name,
 * regions, segments, product groups) and the filter as a query string, so that an export
 * or a drill-down asks for exactly what the page shows.
 */
@Component
class FilterChoices {

	private final InsightScope scope;

	private final ProductGroups groups;

	private final Segments segments;

	FilterChoices(InsightScope scope, ProductGroups groups, Segments segments) {
		this.scope = scope;
		this.groups = groups;
		this.segments = segments;
	}

	void addTo(Model model, CurrentUser me, SalesFilter filter, String tab) {
		model.addAttribute("nav", "analytics");
		model.addAttribute("tab", tab);
		model.addAttribute("filter", filter);
		model.addAttribute("query", query(filter));
		model.addAttribute("distributors", scope.choosable(me));
		model.addAttribute("regions", Region.all());
		model.addAttribute("segments", segments.all());
		Map<String, String> names = new HashMap<>();
		segments.all().forEach(s -> names.put(s.code(), s.name(LocaleContextHolder.getLocale())));
		model.addAttribute("segmentNames", names);
		model.addAttribute("groups", groups.all());
	}

	/** The segment's name in the reader's language, or its code. */
	String segmentName(String code, Locale locale) {
		return segments.all()
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.map(s -> s.name(locale))
			.orElse(code);
	}

	static String query(SalesFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance()
			.queryParam("from", filter.from())
			.queryParam("to", filter.to());
		if (filter.distributorId() != null) {
			uri.queryParam("distributor", filter.distributorId());
		}
		if (filter.region() != null) {
			uri.queryParam("region", filter.region());
		}
		if (filter.segment() != null) {
			uri.queryParam("segment", filter.segment());
		}
		if (filter.groupId() != null) {
			uri.queryParam("group", filter.groupId());
		}
		if (filter.sku() != null) {
			uri.queryParam("sku", filter.sku());
		}
		if (filter.clientInn() != null) {
			uri.queryParam("client", filter.clientInn());
		}
		return uri.encode().build().getQuery();
	}

}
