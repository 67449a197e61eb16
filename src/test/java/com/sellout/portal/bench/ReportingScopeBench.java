package com.sellout.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.sellout.portal.SelloutPortalApplication;
import com.sellout.portal.database.DataScope;
import com.sellout.portal.database.ScopedTransactions;
import com.sellout.portal.support.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reporting roles' scope functions (db/migration/database/V13_20) cost the
 * application's own queries: the same queries, as the runtime role, with the functions of
 * V1_1 (before) and of V13_20 (after), swapped by the owner in one run on the same data —
 * N accepted sell-out lines (default 300,000) and N/2 sell-in lines, whose policy calls
 * {@code portal_may_see} per row. Each query's EXPLAIN ANALYZE execution time, median of
 * 18 (two rounds of 9 after 3 warm-ups, before and after alternating), serial and
 * parallel. Run with {@code bench/reporting-scope.sh}.
 */
public final class ReportingScopeBench {

	private static final String BEFORE_ALL = """
			create or replace function portal_all_distributors() returns boolean language sql stable
			as $$ select coalesce(current_setting('portal.all_distributors', true), '') = 'on' $$""";

	private static final String BEFORE_ONE = """
			create or replace function portal_distributor_id() returns bigint language sql stable
			as $$ select nullif(current_setting('portal.distributor_id', true), '')::bigint $$""";

	private static final String BEFORE_MAY_SEE = """
			create or replace function portal_may_see(owner_distributor_id bigint) returns boolean language sql stable
			as $$ select portal_all_distributors()
			          or (owner_distributor_id is not null and owner_distributor_id = portal_distributor_id()) $$;
			alter policy sell_in_read on sell_in_lines using (portal_may_see(distributor_id))""";

	private ReportingScopeBench() {
	}

	public static void main(String[] args) throws Exception {
		int total = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
		Path dataDir = Files.createTempDirectory("reporting-scope-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SelloutPortalApplication.class)
			.run(FreePorts.with("--portal.demo.enabled=true", "--portal.demo.sellout=false",
					"--portal.database.data-dir=" + dataDir, "--portal.database.clean=true",
					"--portal.database.durable=false", "--logging.level.root=warn"))) {
			ScopedTransactions transactions = context.getBean(ScopedTransactions.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<Long> distributors = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select id from distributors order by code").query(Long.class).list());
			List<String> skus = transactions.callAs(DataScope.ALL_DISTRIBUTORS,
					() -> jdbc.sql("select sku from products order by sku").query(String.class).list());
			int perReport = total / (distributors.size() * 12);
			for (long distributor : distributors) {
				for (int month = 1; month <= 12; month++) {
					SellOutDataBench.load(context, distributor, YearMonth.of(2025, month), perReport, skus);
				}
			}
			transactions.runAs(DataScope.ALL_DISTRIBUTORS, () -> jdbc
				.sql("""
						insert into sell_in_lines (distributor_id, document_no, document_date, line_no, product_id, quantity, amount)
						select d.id, 'SI-' || (g / 10), date '2025-01-01' + (g % 365), g % 10, p.id, 1 + g % 7, 100 + g % 900
						  from generate_series(1, ?) g
						  join lateral (select id from distributors order by id offset (g % 3) limit 1) d on true
						  join lateral (select id from products order by id offset (g % 50) limit 1) p on true""")
				.param(total / 2)
				.update());
			DataSource owner = context.getBean("flywayDataSource", DataSource.class);
			String afterAll;
			String afterOne;
			String afterMaySee;
			try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
				for (String table : List.of("sellout_lines", "sellout_reports", "sell_in_lines", "distributors")) {
					statement.execute("vacuum analyze " + table);
				}
				afterAll = definition(statement, "portal_all_distributors()");
				afterOne = definition(statement, "portal_distributor_id()");
				afterMaySee = definition(statement, "portal_may_see(bigint)") + ";\n"
						+ "alter policy sell_in_read on sell_in_lines using (" + sellInPolicy(statement) + ")";
			}
			long alfa = distributors.get(0);
			List<Query> queries = List.of(
					new Query("count(*) of sellout_lines, all distributors", DataScope.ALL_DISTRIBUTORS,
							"select count(*) from sellout_lines"),
					new Query("count(*) of sellout_lines, one distributor", DataScope.distributor(alfa),
							"select count(*) from sellout_lines"),
					new Query("dashboard: amount by month of sellout_sales, all", DataScope.ALL_DISTRIBUTORS,
							"select period, sum(amount_net), count(distinct client_inn) from sellout_sales group by period"),
					new Query("count(*) of sell_in_lines (portal_may_see per row), all", DataScope.ALL_DISTRIBUTORS,
							"select count(*) from sell_in_lines"),
					new Query("count(*) of sell_in_lines (portal_may_see per row), one", DataScope.distributor(alfa),
							"select count(*) from sell_in_lines"));
			System.out.printf(Locale.ROOT,
					"reporting scope functions: %,d sell-out lines, %,d sell-in lines; %d cores%n",
					perReport * distributors.size() * 12, total / 2, Runtime.getRuntime().availableProcessors());
			// before and after twice, alternating, so that the order does not decide;
			// serial
			// (no parallel workers) for the functions' own cost, then as the planner
			// likes
			double[][] before = new double[queries.size()][];
			double[][] after = new double[queries.size()][];
			for (boolean serial : new boolean[] { true, false }) {
				for (int round = 0; round < 2; round++) {
					swap(owner, BEFORE_ALL, BEFORE_ONE, BEFORE_MAY_SEE);
					measure(transactions, jdbc, queries, serial, before);
					swap(owner, afterAll, afterOne, afterMaySee);
					measure(transactions, jdbc, queries, serial, after);
				}
				for (int i = 0; i < queries.size(); i++) {
					System.out.printf(Locale.ROOT, "%-58s %-8s before %8.1f ms   after %8.1f ms%n",
							queries.get(i).name(), serial ? "serial" : "parallel", median(before[i]), median(after[i]));
				}
				before = new double[queries.size()][];
				after = new double[queries.size()][];
			}
		}
	}

	/** Adds this round's times to each query's. */
	private static void measure(ScopedTransactions transactions, JdbcClient jdbc, List<Query> queries, boolean serial,
			double[][] into) {
		for (int i = 0; i < queries.size(); i++) {
			double[] times = times(transactions, jdbc, queries.get(i), serial);
			into[i] = into[i] == null ? times : concat(into[i], times);
		}
	}

	private static double[] concat(double[] a, double[] b) {
		double[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static double[] times(ScopedTransactions transactions, JdbcClient jdbc, Query query, boolean serial) {
		double[] millis = new double[9];
		for (int i = -3; i < millis.length; i++) {
			String plan = transactions.callAs(query.scope(), () -> {
				if (serial) {
					jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
				}
				return String.join("\n",
						jdbc.sql("explain (analyze, format text) " + query.sql()).query(String.class).list());
			});
			if (i >= 0) {
				millis[i] = Double.parseDouble(plan.replaceAll("(?s).*Execution Time: ([0-9.]+) ms.*", "$1"));
			}
		}
		return millis;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String sellInPolicy(Statement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery(
				"select qual from pg_policies where tablename = 'sell_in_lines' and policyname = 'sell_in_read'")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static String definition(Statement statement, String function) throws Exception {
		try (ResultSet rs = statement.executeQuery("select pg_get_functiondef('" + function + "'::regprocedure)")) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** The three functions' definitions in one transaction. */
	private static void swap(DataSource owner, String all, String one, String maySee) throws Exception {
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute(all);
			statement.execute(one);
			statement.execute(maySee);
			connection.commit();
		}
	}

	record Query(String name, DataScope scope, String sql) {
	}

}
