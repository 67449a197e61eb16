package com.sellout.portal.analytics.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesComparison;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.SalesTotals;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales figures from the rollups: each call reads the smallest rollup that covers the
 * dimensions it filters and breaks down by, and the client's ИНН — every row and the
 * totals count distinct clients, which only a rollup keeping the client can. One query a
 * call, summed by the database; nothing is added up here.
 *
 * <p>
 * The caller's scope narrows every query: a distributor's user its own distributor's rows
 * (row-level security, and the SQL says so too), a restricted manager its clients' ИНН. A
 * filter naming a distributor outside the scope therefore selects nothing — the same
 * empty answer as a distributor without sales.
 */
@Service
class SalesQueries implements SalesFigures {

	private final JdbcClient jdbc;

	private final ManagerScopes managers;

	private final KeyNames names;

	SalesQueries(JdbcClient jdbc, ManagerScopes managers, KeyNames names) {
		this.jdbc = jdbc;
		this.managers = managers;
		this.names = names;
	}

	@Override
	@Transactional(readOnly = true)
	public SalesTotals totals(SalesFilter filter) {
		return totals(filter, viewer());
	}

	@Override
	@Transactional(readOnly = true)
	public SalesComparison comparison(SalesFilter filter) {
		Viewer viewer = viewer();
		return new SalesComparison(totals(filter, viewer), totals(filter.previous(), viewer),
				totals(filter.yearEarlier(), viewer));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SalesRow> breakdown(SalesFilter filter, Dimension by, @Nullable Dimension then) {
		if (by == then) {
			throw new IllegalArgumentException("a breakdown by " + by + " within itself");
		}
		Viewer viewer = viewer();
		if (viewer.blind()) {
			return List.of();
		}
		List<Dimension> dimensions = then == null ? List.of(by) : List.of(by, then);
		SalesSql.Statement statement = SalesSql.of(source(filter, dimensions), filter, dimensions, viewer);
		KeyNames.Naming naming = names.forBreakdown(dimensions);
		List<SalesRow> rows = new ArrayList<>();
		jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
			String key = rs.getString("key1");
			String key2 = then == null ? null : rs.getString("key2");
			rows.add(new SalesRow(key, naming.name(by, key, rs.getString("name1")), key2,
					then == null ? null : naming.name(then, key2, rs.getString("name2")),
					rs.getBigDecimal("amount_net"), rs.getBigDecimal("quantity"), rs.getLong("lines"),
					rs.getLong("clients")));
		});
		return rows;
	}

	@Override
	public Rollup source(SalesFilter filter, @Nullable Dimension by, @Nullable Dimension then) {
		List<Dimension> dimensions = new ArrayList<>();
		if (by != null) {
			dimensions.add(by);
		}
		if (then != null) {
			dimensions.add(then);
		}
		return source(filter, dimensions);
	}

	private SalesTotals totals(SalesFilter filter, Viewer viewer) {
		if (viewer.blind()) {
			return SalesTotals.NONE;
		}
		SalesSql.Statement statement = SalesSql.of(source(filter, List.of()), filter, List.of(), viewer);
		return jdbc.sql(statement.sql())
			.params(statement.params())
			.query((rs, n) -> new SalesTotals(rs.getBigDecimal("amount_net"), rs.getBigDecimal("quantity"),
					rs.getString("unit"), rs.getLong("lines"), rs.getLong("clients"),
					rs.getLong("other_currency_lines")))
			.single();
	}

	/**
	 * The smallest rollup covering what the filter narrows, what is broken down by, and
	 * the client (counted everywhere, and the key a restricted manager is narrowed by).
	 */
	private static Rollup source(SalesFilter filter, List<Dimension> by) {
		Set<Dimension> needed = EnumSet.of(Dimension.PERIOD, Dimension.CLIENT);
		needed.addAll(by);
		if (filter.distributorId() != null) {
			needed.add(Dimension.DISTRIBUTOR);
		}
		if (filter.region() != null) {
			needed.add(Dimension.REGION);
		}
		if (filter.segment() != null) {
			needed.add(Dimension.SEGMENT);
		}
		if (filter.groupId() != null) {
			needed.add(Dimension.GROUP);
		}
		if (filter.sku() != null) {
			needed.add(Dimension.SKU);
		}
		if (filter.clientInn() != null) {
			needed.add(Dimension.CLIENT);
		}
		return Rollup.coveringOf(needed);
	}

	/** Whose sales the caller may see. */
	private Viewer viewer() {
		List<String> inns = CurrentUser.get()
			.filter(user -> user.role() == Role.DISTRIBUTOR_MANAGER)
			.flatMap(user -> managers.restrictedInns(user.id()))
			.orElse(null);
		return new Viewer(DataScopes.current(), inns);
	}

}
