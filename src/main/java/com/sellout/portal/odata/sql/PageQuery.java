package com.sellout.portal.odata.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.sellout.portal.odata.edm.FeedColumn;
import com.sellout.portal.odata.edm.FeedNavigation;
import com.sellout.portal.odata.edm.FeedSet;
import com.sellout.portal.odata.edm.FeedSets;
import org.apache.olingo.commons.api.edm.EdmPrimitiveTypeKind;
import org.apache.olingo.commons.api.http.HttpStatusCode;
import org.apache.olingo.server.api.ODataApplicationException;
import org.apache.olingo.server.api.uri.queryoption.expression.Expression;
import org.apache.olingo.server.api.uri.queryoption.expression.ExpressionVisitException;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of one page of a set, and of its {@code $count}: the set's source narrowed by
 * its fixed condition, the restricted manager's clients, the paging snapshot's reports,
 * the {@code $filter} and the keyset position; ordered by the key (or the
 * {@code $orderby}, then the key), limited to the page; the {@code $expand}ed targets
 * joined to the page's rows only. Every value is a parameter.
 */
public final class PageQuery {

	/**
	 * What the reader asked and may see.
	 *
	 * @param restrictedInns a restricted manager's clients; null when not restricted
	 * @param snapshotReports the reports of the paging snapshot; null for a set over the
	 * live data
	 * @param after the key of the last row served (keyset paging); null on the first page
	 * or when paging by offset
	 */
	public record Request(FeedSet set, List<FeedColumn> written, List<FeedNavigation> expands,
			@Nullable Expression filter, List<Order> order, @Nullable List<String> restrictedInns,
			Long @Nullable [] snapshotReports, @Nullable List<Object> after, long offset, int limit) {
	}

	/** One {@code $orderby} item. */
	public record Order(FeedColumn column, boolean descending) {
	}

	/**
	 * The SQL and its parameters; the columns of a row in order: {@code inner} by
	 * property name, then each expanded target's columns.
	 */
	public record Built(String sql, List<Object> params, List<FeedColumn> inner) {
	}

	private PageQuery() {
	}

	public static Built page(Request request, FeedSets sets) throws ODataApplicationException {
		FeedSet set = request.set();
		Set<FeedColumn> inner = new LinkedHashSet<>(request.written());
		inner.addAll(set.keyColumns());
		request.expands().forEach(link -> inner.add(set.require(link.property())));
		request.order().forEach(order -> inner.add(order.column()));
		List<Object> parts = new ArrayList<>();
		parts.add("select ");
		parts.add(inner.stream().map(c -> c.sql() + " as \"" + c.name() + "\"").collect(Collectors.joining(", ")));
		parts.add(from(request));
		Sql where = where(request);
		parts.add(where);
		if (request.after() != null) {
			parts.add(keyset(set, request.after()));
		}
		parts.add(" order by " + orderBy(request, false));
		if (request.offset() > 0) {
			parts.add(Sql.join(null, " offset ", Sql.param(request.offset(), EdmPrimitiveTypeKind.Int64)));
		}
		parts.add(Sql.join(null, " limit ", Sql.param(request.limit(), null)));
		Sql page = Sql.join(null, parts.toArray());
		if (request.expands().isEmpty()) {
			return new Built(page.text(), page.params(), List.copyOf(inner));
		}
		List<Object> outer = new ArrayList<>(List.of("select o.*"));
		for (int i = 0; i < request.expands().size(); i++) {
			FeedSet target = sets.require(request.expands().get(i).targetSet());
			for (FeedColumn column : target.columns()) {
				outer.add(", e" + i + ".\"" + column.name() + "\" as \"e" + i + "_" + column.name() + "\"");
			}
		}
		outer.add(" from (");
		outer.add(page);
		outer.add(") o");
		for (int i = 0; i < request.expands().size(); i++) {
			FeedNavigation link = request.expands().get(i);
			FeedSet target = sets.require(link.targetSet());
			if (request.restrictedInns() != null && FeedSet.NO_CLIENT.equals(target.clientInn())) {
				// figures of no client (a report's totals) are not a restricted
				// manager's,
				// expanded or read whole
				throw new ODataApplicationException(
						"$expand=" + link.name() + ": these figures are not limited to your clients",
						HttpStatusCode.FORBIDDEN.getStatusCode(), Locale.ROOT);
			}
			outer.add(" left join lateral (select "
					+ target.columns()
						.stream()
						.map(c -> c.sql() + " as \"" + c.name() + "\"")
						.collect(Collectors.joining(", "))
					+ " from " + target.from() + " where " + target.where() + " and "
					+ target.require(link.targetProperty()).sql() + " = o.\"" + link.property() + "\" limit 1) e" + i
					+ " on true");
		}
		outer.add(" order by " + orderBy(request, true));
		Sql whole = Sql.join(null, outer.toArray());
		return new Built(whole.text(), whole.params(), List.copyOf(inner));
	}

	/** The number of rows the request's set holds for its filter, whatever the paging. */
	public static Sql count(Request request) throws ODataApplicationException {
		return Sql.join(null, "select count(*)", from(request), where(request));
	}

	private static Sql from(Request request) {
		FeedSet set = request.set();
		if (request.restrictedInns() != null && set.restrictedFrom() != null) {
			return Sql.join(null, " from ", new Sql(set.restrictedFrom(),
					List.of((Object) request.restrictedInns().toArray(String[]::new)), null, false));
		}
		return Sql.of(" from " + set.from(), null);
	}

	private static Sql where(Request request) throws ODataApplicationException {
		FeedSet set = request.set();
		List<Object> parts = new ArrayList<>(List.of(" where (" + set.where() + ")"));
		// a dimension (no client column) is the distributor's for every reader
		if (request.restrictedInns() != null && set.restrictedFrom() == null && set.clientInn() != null) {
			parts.add(Sql.join(null, " and coalesce(" + set.clientInn() + " = any(",
					new Sql("?", List.of((Object) request.restrictedInns().toArray(String[]::new)), null, false),
					"), false)"));
		}
		if (request.snapshotReports() != null && set.snapshotReport() != null) {
			parts.add(Sql.join(null, " and " + set.snapshotReport() + " = any(",
					new Sql("?", List.of((Object) request.snapshotReports()), null, false), ")"));
		}
		if (request.filter() != null) {
			Sql condition = translate(request.filter(), set);
			if (condition.type() != EdmPrimitiveTypeKind.Boolean) {
				throw FilterSql.bad("the expression is no condition");
			}
			parts.add(Sql.join(null, " and coalesce((", condition, "), false)"));
		}
		return Sql.join(null, parts.toArray());
	}

	private static Sql translate(Expression filter, FeedSet set) throws ODataApplicationException {
		try {
			return filter.accept(new FilterSql(set));
		}
		catch (ExpressionVisitException ex) {
			throw FilterSql.bad(ex.getMessage());
		}
	}

	/**
	 * After the last row served: {@code (k1, …, kn) > (v1, …, vn)}, with {@code k1 >= v1}
	 * besides so that an index on the first key's column narrows the scan.
	 */
	private static Sql keyset(FeedSet set, List<Object> after) {
		List<FeedColumn> keys = set.keyColumns();
		String columns = keys.stream().map(FeedColumn::sql).collect(Collectors.joining(", "));
		String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
		List<Object> params = new ArrayList<>();
		params.add(after.get(0));
		params.addAll(after);
		String text = keys.size() == 1 ? " and " + keys.get(0).sql() + " > ?"
				: " and " + keys.get(0).sql() + " >= ? and (" + columns + ") > (" + marks + ")";
		return new Sql(text, keys.size() == 1 ? List.of(after.get(0)) : params, null, false);
	}

	private static String orderBy(Request request, boolean outer) {
		List<String> items = new ArrayList<>();
		Set<FeedColumn> seen = new LinkedHashSet<>();
		for (Order order : request.order()) {
			if (seen.add(order.column())) {
				items.add(ref(order.column(), outer) + (order.descending() ? " desc nulls last" : " asc nulls first"));
			}
		}
		for (FeedColumn key : request.set().keyColumns()) {
			if (seen.add(key)) {
				items.add(ref(key, outer));
			}
		}
		return String.join(", ", items);
	}

	private static String ref(FeedColumn column, boolean outer) {
		return outer ? "o.\"" + column.name() + "\"" : column.sql();
	}

}
