package com.sellout.portal.analytics.web;

import java.util.Locale;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.web.AnalyticsParams.Column;
import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The analytics pages' links ({@code @analyticsLinks} in the templates), each carrying
 * the whole selection: a breakdown's sort, the trend's stacking, a row's drill-down to
 * the next dimension (its key added to the filter, landing on that breakdown), a row's
 * lines in the data view (exactly the lines the row sums), the exports.
 */
@Component("analyticsLinks")
public class AnalyticsLinks {

	static final String OVERVIEW = "/analytics";

	static final String DATA_VIEW = "/sellout/data";

	private final Distributors distributors;

	AnalyticsLinks(Distributors distributors) {
		this.distributors = distributors;
	}

	/** The same selection on another page (or export), nothing sorted. */
	public String page(String path, AnalyticsParams params, SalesFilter filter) {
		return selection(path, params, filter).build().encode().toUriString();
	}

	/** The trend stacked by another dimension. */
	public String stack(AnalyticsParams params, SalesFilter filter, String stack) {
		return put(keeping(selection(OVERVIEW, params, filter), params), "stack", stack).fragment("trend")
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * A breakdown's column header: sorts by it, or turns the order round if it sorts
	 * already.
	 */
	public String sort(String path, AnalyticsParams params, SalesFilter filter, Dimension by, String column) {
		Column asked = Column.valueOf(column.toUpperCase(Locale.ROOT));
		boolean current = params.sortOf(by).filter(asked::equals).isPresent();
		boolean desc = current ? !params.descending(asked) : asked != Column.NAME;
		UriComponentsBuilder link = keeping(selection(path, params, filter), params);
		put(link, "sort", by.param() + "-" + asked.param());
		put(link, "desc", desc);
		return link.fragment("by-" + by.param()).build().encode().toUriString();
	}

	/** The {@code aria-sort} of a breakdown's column header. */
	public String ariaSort(AnalyticsParams params, Dimension by, String column) {
		Column asked = Column.valueOf(column.toUpperCase(Locale.ROOT));
		Column sorted = params.sortOf(by).orElse(Column.AMOUNT);
		if (sorted != asked) {
			return "none";
		}
		return params.sortOf(by).isEmpty() || params.descending(asked) ? "descending" : "ascending";
	}

	/** Every row of a breakdown, not only the largest. */
	public String all(String path, AnalyticsParams params, SalesFilter filter, Dimension by) {
		return put(keeping(selection(path, params, filter), params), "all", by.param()).fragment("by-" + by.param())
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * Where a row drills down: the overview with the row's key added to the filter, at
	 * the next dimension's breakdown; null where there is nothing further (a client: its
	 * lines) or the key cannot be filtered on.
	 */
	public String drill(AnalyticsParams params, SalesFilter filter, Dimension by, SalesRow row) {
		if (by.next().isEmpty() || !filterable(by, row.key())) {
			return null;
		}
		UriComponentsBuilder link = selection(OVERVIEW, params, narrowed(filter, by, row.key()));
		if (by == Dimension.DISTRIBUTOR) {
			put(link, "distributor", distributorId(row.key()));
		}
		return put(link, "stack", params.stack()).fragment("by-" + by.next().get().param())
			.build()
			.encode()
			.toUriString();
	}

	/** The regions page narrowed to one subject (a tile's link). */
	public String region(AnalyticsParams params, SalesFilter filter, String code) {
		return selection("/analytics/regions", params, filter.with(Dimension.REGION, code)).build()
			.encode()
			.toUriString();
	}

	/**
	 * The accepted lines a row sums, in the data view: the same selection with the row's
	 * key added; null where the data view cannot select them (lines of no product group).
	 */
	public String lines(SalesFilter filter, Dimension by, SalesRow row) {
		if (!filterable(by, row.key())) {
			return null;
		}
		SalesFilter lines = narrowed(filter, by, row.key());
		Long distributor = by == Dimension.DISTRIBUTOR ? distributorId(row.key()) : lines.distributorId();
		return lines(lines, distributor, null);
	}

	/**
	 * All the accepted lines of the selection, or only those in another currency than
	 * RUB.
	 */
	public String lines(SalesFilter filter, Long distributor, String currency) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(DATA_VIEW);
		put(link, "from", filter.from());
		put(link, "to", filter.to());
		put(link, "distributor", distributor);
		put(link, "region", filter.region());
		put(link, "segment", filter.segment());
		put(link, "group", filter.groupId());
		put(link, "sku", filter.sku());
		put(link, "inn", filter.clientInn());
		put(link, "currency", currency);
		return link.build().encode().toUriString();
	}

	/**
	 * Lines of no product group cannot be filtered on: the filter names a group by id.
	 */
	private static boolean filterable(Dimension by, String key) {
		return !(by == Dimension.GROUP && Dimension.UNSPECIFIED.equals(key));
	}

	private static SalesFilter narrowed(SalesFilter filter, Dimension by, String key) {
		return by == Dimension.DISTRIBUTOR ? filter : filter.with(by, key);
	}

	private Long distributorId(String code) {
		return distributors.findByCodeOrInn(code).map(Distributor::id).orElse(null);
	}

	private static UriComponentsBuilder selection(String path, AnalyticsParams params, SalesFilter filter) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		put(link, "from", filter.from());
		put(link, "to", filter.to());
		put(link, "distributor", params.distributor());
		put(link, "region", filter.region());
		put(link, "segment", filter.segment());
		put(link, "group", filter.groupId());
		put(link, "sku", filter.sku());
		put(link, "client", filter.clientInn());
		return link;
	}

	private static UriComponentsBuilder keeping(UriComponentsBuilder link, AnalyticsParams params) {
		put(link, "stack", params.stack());
		put(link, "sort", params.sort());
		put(link, "desc", params.sort() == null ? null : params.desc());
		put(link, "all", params.all());
		return link;
	}

	/** Only the parameters that hold a value: an address without empty ones. */
	private static UriComponentsBuilder put(UriComponentsBuilder link, String name, Object value) {
		if (value == null) {
			link.replaceQueryParam(name);
		}
		else {
			link.replaceQueryParam(name, value);
		}
		return link;
	}

}
