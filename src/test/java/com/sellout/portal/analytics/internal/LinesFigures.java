package com.sellout.portal.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import com.sellout.portal.analytics.Dimension;
import com.sellout.portal.analytics.Rollup;
import com.sellout.portal.analytics.SalesComparison;
import com.sellout.portal.analytics.SalesFigures;
import com.sellout.portal.analytics.SalesFilter;
import com.sellout.portal.analytics.SalesRow;
import com.sellout.portal.analytics.SalesTotals;
import com.sellout.portal.clients.ManagerScopes;
import com.sellout.portal.database.DataScopes;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.identity.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures {@link SalesQueries} answers, computed by the same statement
 * ({@link SalesSql}) straight from the accepted lines ({@link Rollup#LINES}) instead of
 * the smallest covering rollup: what the benchmark compares the rollups with. Mirrors
 * {@code SalesQueries}' reading of the rows, so that both give equal records.
 */
final class LinesFigures implements SalesFigures {

	private final JdbcClient jdbc;

	private final ScopedTransactions transactions;

	private final ManagerScopes managers;

	private final KeyNames names;

	LinesFigures(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.transactions = context.getBean(ScopedTransactions.class);
		this.managers = context.getBean(ManagerScopes.class);
		this.names = context.getBean(KeyNames.class);
	}

	@Override
	public SalesTotals totals(SalesFilter filter) {
		return transactions.callAs(DataScopes.current(), () -> totals(filter, viewer()));
	}

	@Override
	public SalesComparison comparison(SalesFilter filter) {
		return transactions.callAs(DataScopes.current(), () -> {
			Viewer viewer = viewer();
			return new SalesComparison(totals(filter, viewer), totals(filter.previous(), viewer),
					totals(filter.yearEarlier(), viewer));
		});
	}

	@Override
	public List<SalesRow> breakdown(SalesFilter filter, Dimension by, @Nullable Dimension then) {
		return transactions.callAs(DataScopes.current(), () -> {
			List<Dimension> dimensions = then == null ? List.of(by) : List.of(by, then);
			SalesSql.Statement statement = SalesSql.of(Rollup.LINES, filter, dimensions, viewer());
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
		});
	}

	@Override
	public Rollup source(SalesFilter filter, @Nullable Dimension by, @Nullable Dimension then) {
		return Rollup.LINES;
	}

	private SalesTotals totals(SalesFilter filter, Viewer viewer) {
		SalesSql.Statement statement = SalesSql.of(Rollup.LINES, filter, List.of(), viewer);
		return jdbc.sql(statement.sql())
			.params(statement.params())
			.query((rs, n) -> new SalesTotals(rs.getBigDecimal("amount_net"), rs.getBigDecimal("quantity"),
					rs.getString("unit"), rs.getLong("lines"), rs.getLong("clients"),
					rs.getLong("other_currency_lines")))
			.single();
	}

	private Viewer viewer() {
		List<String> inns = CurrentUser.get()
			.filter(user -> user.role() == Role.DISTRIBUTOR_MANAGER)
			.flatMap(user -> managers.restrictedInns(user.id()))
			.orElse(null);
		return new Viewer(DataScopes.current(), inns);
	}

}
