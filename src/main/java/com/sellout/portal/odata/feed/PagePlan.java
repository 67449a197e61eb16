package com.sellout.portal.odata.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.sellout.portal.odata.edm.FeedColumn;
import com.sellout.portal.odata.edm.FeedNavigation;
import com.sellout.portal.odata.edm.FeedSet;
import com.sellout.portal.odata.sql.PageQuery;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.UriInfo;
import org.apache.olingo.server.api.uri.UriResource;
import org.apache.olingo.server.api.uri.UriResourceNavigation;
import org.apache.olingo.server.api.uri.UriResourcePrimitiveProperty;
import org.apache.olingo.server.api.uri.queryoption.ExpandItem;
import org.apache.olingo.server.api.uri.queryoption.OrderByItem;
import org.apache.olingo.server.api.uri.queryoption.SelectItem;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.Member;
import org.jspecify.annotations.Nullable;

/**
 * What a request's system query options ask of a set: the columns to write
 * ({@code $select}), the navigations to expand (one level, no options of their own), the
 * filter, the order, {@code $top}, {@code $skip} and {@code $count}. Options the feed
 * does not serve are refused with a 400 naming them, never ignored.
 */
record PagePlan(List<FeedColumn> written, boolean selected, List<FeedNavigation> expands, @Nullable Expression filter,
		List<PageQuery.Order> order, @Nullable Integer top, int skip, boolean count) {

	static PagePlan of(FeedSet set, UriInfo uri) throws ODataApplicationException {
		if (uri.getSearchOption() != null || uri.getApplyOption() != null) {
			throw refused("$search and $apply");
		}
		if (uri.getDeltaTokenOption() != null) {
			throw refused("$deltatoken");
		}
		List<FeedColumn> written = new ArrayList<>();
		boolean selected = false;
		if (uri.getSelectOption() != null) {
			for (SelectItem item : uri.getSelectOption().getSelectItems()) {
				if (item.isStar()) {
					written.clear();
					selected = false;
					break;
				}
				written.add(set.require(property(item.getResourcePath().getUriResourceParts(), "$select")));
				selected = true;
			}
		}
		if (!selected) {
			written = set.columns();
		}
		else {
			written = set.columns().stream().filter(written::contains).toList();
		}
		List<FeedNavigation> expands = new ArrayList<>();
		if (uri.getExpandOption() != null) {
			for (ExpandItem item : uri.getExpandOption().getExpandItems()) {
				if (item.isStar()) {
					expands.clear();
					expands.addAll(set.navigations());
					break;
				}
				if (item.getFilterOption() != null || item.getSelectOption() != null || item.getExpandOption() != null
						|| item.getOrderByOption() != null || item.getTopOption() != null
						|| item.getSkipOption() != null || item.getCountOption() != null || item.isRef()) {
					throw refused("options inside $expand (one level of whole entities is served)");
				}
				List<UriResource> parts = item.getResourcePath().getUriResourceParts();
				if (parts.size() != 1 || !(parts.get(0) instanceof UriResourceNavigation navigation)) {
					throw refused("this $expand");
				}
				FeedNavigation link = set.navigation(navigation.getProperty().getName())
					.orElseThrow(() -> refused("this $expand"));
				if (!expands.contains(link)) {
					expands.add(link);
				}
			}
		}
		List<PageQuery.Order> order = new ArrayList<>();
		if (uri.getOrderByOption() != null) {
			for (OrderByItem item : uri.getOrderByOption().getOrders()) {
				Expression expression = item.getExpression();
				if (!(expression instanceof Member member)) {
					throw refused("$orderby on anything but a property");
				}
				order.add(new PageQuery.Order(
						set.require(property(member.getResourcePath().getUriResourceParts(), "$orderby")),
						item.isDescending()));
			}
		}
		Integer top = uri.getTopOption() == null ? null : uri.getTopOption().getValue();
		int skip = uri.getSkipOption() == null ? 0 : uri.getSkipOption().getValue();
		if ((top != null && top < 0) || skip < 0) {
			throw new ODataApplicationException("$top and $skip cannot be negative",
					HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
		}
		boolean count = uri.getCountOption() != null && uri.getCountOption().getValue();
		Expression filter = uri.getFilterOption() == null ? null : uri.getFilterOption().getExpression();
		return new PagePlan(written, selected, List.copyOf(expands), filter, List.copyOf(order), top, skip, count);
	}

	/**
	 * Whether pages follow the key (keyset) rather than the reader's own order (offset).
	 */
	boolean keyset(FeedSet set) {
		return order.isEmpty() || order.stream().map(PageQuery.Order::column).toList().equals(set.keyColumns())
				&& order.stream().noneMatch(PageQuery.Order::descending);
	}

	private static String property(List<UriResource> parts, String option) throws ODataApplicationException {
		if (parts.size() != 1 || !(parts.get(0) instanceof UriResourcePrimitiveProperty property)) {
			throw refused(option + " on a navigation");
		}
		return property.getProperty().getName();
	}

	static ODataApplicationException refused(String what) {
		return new ODataApplicationException("This feed does not support " + what,
				HttpStatusCode.BAD_REQUEST.getStatusCode(), Locale.ROOT);
	}

}
