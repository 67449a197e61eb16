package com.sellout.portal.analytics.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.clients.Segments;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every insight page adds to the shared filter bar's model: its tab, the segments'
 * names, and the filter as a query string, so that an export or a tab asks for exactly
 * what the page shows.
 */
@Component
class FilterChoices {

	private final Segments segments;

	FilterChoices(Segments segments) {
		this.segments = segments;
	}

	void addTo(Model model, SalesFilter filter, String tab, Locale locale) {
		model.addAttribute("nav", "analytics");
		model.addAttribute("tab", tab);
		model.addAttribute("query", query(filter));
		model.addAttribute("segmentNames", segmentNames(locale));
	}

	Map<String, String> segmentNames(Locale locale) {
		Map<String, String> names = new HashMap<>();
		segments.all().forEach(s -> names.put(s.code(), s.name(locale)));
		return names;
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
