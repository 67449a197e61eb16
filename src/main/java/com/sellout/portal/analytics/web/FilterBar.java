package com.sellout.portal.analytics.web;

import java.util.List;
import java.util.Locale;

import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.catalog.ProductGroup;
import com.sellout.portal.catalog.ProductGroups;
import com.sellout.portal.clients.Segments;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.Region;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the analytics pages' shared filter bar ({@code analytics/fragments :: filters})
 * offers and holds: every analytics page calls {@link #prepare} and renders the fragment,
 * so that each page filters alike and its address carries the whole selection. A
 * distributor's user is offered no distributor.
 */
@Component
public class FilterBar {

	/** An option of a select: its value and what it shows. */
	public record Option(String value, String label) {
	}

	/** A product group in the tree: its depth says how far it is indented. */
	public record GroupOption(long id, String name, String path, int depth) {

		/** The name indented by its depth (no-break spaces, which a select keeps). */
		public String label() {
			return "\u00a0\u00a0\u00a0".repeat(depth) + name;
		}

	}

	/** Everything the filter bar offers. */
	public record Options(List<Distributor> distributors, List<GroupOption> groups, List<Option> regions,
			List<Option> segments) {
	}

	private final AnalyticsScope scope;

	private final Distributors distributors;

	private final ProductGroups groups;

	private final Segments segments;

	FilterBar(AnalyticsScope scope, Distributors distributors, ProductGroups groups, Segments segments) {
		this.scope = scope;
		this.distributors = distributors;
		this.groups = groups;
		this.segments = segments;
	}

	/**
	 * The selection of these parameters, put into the model with what the filter bar
	 * needs: {@code params}, {@code filter} (the range resolved) and
	 * {@code filterOptions}.
	 */
	public SalesFilter prepare(Model model, AnalyticsParams params, CurrentUser me, Locale locale) {
		SalesFilter filter = scope.filter(params, me);
		model.addAttribute("params", params);
		model.addAttribute("filter", filter);
		model.addAttribute("filterOptions", options(me, locale));
		return filter;
	}

	Options options(CurrentUser me, Locale locale) {
		List<GroupOption> tree = groups.all()
			.stream()
			.map(g -> new GroupOption(g.id(), g.name(), g.path(), depth(g)))
			.toList();
		List<Option> regions = Region.all().stream().map(r -> new Option(r.code(), r.code() + " " + r.name())).toList();
		List<Option> segmentOptions = segments.all().stream().map(s -> new Option(s.code(), s.name(locale))).toList();
		return new Options(me.isManufacturer() ? distributors.all() : List.of(), tree, regions, segmentOptions);
	}

	private static int depth(ProductGroup group) {
		return group.path().split(ProductGroup.SEPARATOR, -1).length - 1;
	}

}
