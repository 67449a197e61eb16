package com.sellout.portal.forecasting.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.PlanningSetting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a distributor's sums per scope (all products, each group with its sub-groups)
 * from its latest stored forecasts, in the refit's transaction, after its series: the
 * histories, forecasts and squared half-widths by month and the backtests per method —
 * added up by the same queries the answers used to run at each request — and the sell-in
 * plan, each series netted as {@link SellInPlans} nets it over {@link #PLAN_MONTHS}
 * months, added up by month in the order of the series.
 */
@Component
class SumWrites {

	/**
	 * The months of a stored plan: the longest horizon, and a year more for a distributor
	 * whose history ends before the others' (its plan starts earlier).
	 */
	static final int PLAN_MONTHS = Refit.STORED_HORIZON + 12;

	private static final String SCOPES = """
			with m as (select distinct 0 as scope_id, s.sku from forecast_series s where s.distributor_id = :distributor
			           union all
			           select u.scope_id, u.sku from unnest(cast(:scopes as bigint[]), cast(:skus as text[])) as u(scope_id, sku))
			""";

	private final JdbcClient jdbc;

	private final SumScopes scopes;

	private final StoredForecasts store;

	private final SupplyQueries supply;

	private final PlanningTerms terms;

	private final SumInputs inputs;

	SumWrites(JdbcClient jdbc, SumScopes scopes, StoredForecasts store, SupplyQueries supply, PlanningTerms terms,
			SumInputs inputs) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.store = store;
		this.supply = supply;
		this.terms = terms;
		this.inputs = inputs;
	}

	/** Replaces the distributor's stored sums with those of its latest forecasts. */
	void refresh(long distributorId, OffsetDateTime readAt) {
		for (String table : List.of("forecast_sum_scopes", "forecast_sum_history", "forecast_sum_values",
				"forecast_sum_backtests", "forecast_sum_plans", "forecast_sum_track")) {
			jdbc.sql("delete from " + table + " where distributor_id = ?").param(distributorId).update();
		}
		Map<Long, List<String>> groups = scopes.groups();
		List<Long> scopeIds = new ArrayList<>();
		List<String> skus = new ArrayList<>();
		Map<String, List<Long>> scopesOf = new HashMap<>();
		groups.forEach((group, within) -> within.forEach(sku -> {
			scopeIds.add(group);
			skus.add(sku);
			scopesOf.computeIfAbsent(sku, s -> new ArrayList<>()).add(group);
		}));
		Long[] scopeArray = scopeIds.toArray(Long[]::new);
		String[] skuArray = skus.toArray(String[]::new);
		sums(distributorId, scopeArray, skuArray);
		track(distributorId, scopeArray, skuArray);
		List<Fitted> fitted = store.latest(distributorId, null);
		YearMonth madeIn = fitted.stream().map(Fitted::madeIn).max(YearMonth::compareTo).orElse(null);
		String digest = madeIn == null ? "" : inputs.digests(Map.of(distributorId, madeIn)).get(distributorId);
		Map<Long, String> skuDigests = new HashMap<>();
		skuDigests.put(SumScopes.ALL, SumScopes.ALL_DIGEST);
		groups.forEach((group, within) -> skuDigests.put(group, SumScopes.digest(within)));
		Long[] ids = skuDigests.keySet().toArray(Long[]::new);
		jdbc.sql("""
				insert into forecast_sum_scopes (distributor_id, scope_id, made_in, series, skus_digest, inputs_digest,
				                                 computed_at)
				select :distributor, u.scope_id, max(s.made_in), count(s.id), u.digest, :inputs, :readAt
				  from unnest(cast(:ids as bigint[]), cast(:digests as text[])) as u(scope_id, digest)
				  left join (""" + SCOPES
				+ """
						            select m.scope_id, f.id, f.made_in from m join forecast_series f
						                on f.sku = m.sku and f.latest and f.distributor_id = :distributor) s on s.scope_id = u.scope_id
						group by u.scope_id, u.digest""")
			.param("distributor", distributorId)
			.param("scopes", scopeArray)
			.param("skus", skuArray)
			.param("ids", ids)
			.param("digests", List.of(ids).stream().map(skuDigests::get).toArray(String[]::new))
			.param("inputs", digest == null ? "" : digest)
			.param("readAt", readAt)
			.update();
		if (!fitted.isEmpty()) {
			plans(distributorId, fitted, scopesOf);
		}
	}

	/** The histories, forecasts and backtests, added up per scope by the database. */
	private void sums(long distributorId, Long[] scopeIds, String[] skus) {
		perScope(
				"""
						insert into forecast_sum_history (distributor_id, scope_id, period, quantity)
						select s.distributor_id, m.scope_id, cast(s.history_from + (u.i - 1) * interval '1 month' as date), sum(u.q)
						  from forecast_series s join m on m.sku = s.sku
						 cross join lateral unnest(s.history) with ordinality as u(q, i)
						 where s.latest and s.distributor_id = :distributor
						 group by 1, 2, 3""",
				distributorId, scopeIds, skus);
		perScope(
				"""
						insert into forecast_sum_values (distributor_id, scope_id, period, quantity, below2, above2)
						select v.distributor_id, m.scope_id, v.period, sum(v.quantity),
						       sum(power(cast(v.quantity - v.lower80 as float8), 2)), sum(power(cast(v.upper80 - v.quantity as float8), 2))
						  from forecast_values v join forecast_series s on s.id = v.series_id join m on m.sku = s.sku
						 where s.latest and s.distributor_id = :distributor
						 group by 1, 2, 3""",
				distributorId, scopeIds, skus);
		perScope(
				"""
						insert into forecast_sum_backtests (distributor_id, scope_id, method, series, windows, horizon, points,
						                                    abs_error, error, actual, mase_sum, mase_count)
						select :distributor, m.scope_id, s.method, count(*), max(s.windows), max(s.horizon), sum(s.points),
						       sum(s.abs_error), sum(s.error), sum(s.actual),
						       coalesce(sum(case when s.points > 0 and s.scale > 0 then s.abs_error / s.points / s.scale end), 0),
						       count(case when s.points > 0 and s.scale > 0 then 1 end)
						  from forecast_series s join m on m.sku = s.sku
						 where s.latest and s.distributor_id = :distributor
						 group by m.scope_id, s.method""",
				distributorId, scopeIds, skus);
	}

	/**
	 * The track record per made-in month, every stored forecast (not only the latest), as
	 * {@link ForecastLists#trackRecord} reads it.
	 */
	private void track(long distributorId, Long[] scopeIds, String[] skus) {
		perScope(
				"""
						insert into forecast_sum_track (distributor_id, scope_id, made_in, forecast, actual, series, reported)
						select s.distributor_id, m.scope_id, s.made_in, sum(v.quantity), sum(coalesce(q.quantity, 0)), count(*),
						       bool_or(r.distributor_id is not null)
						  from forecast_series s join m on m.sku = s.sku
						  join forecast_values v on v.series_id = s.id and v.period = cast(s.made_in + interval '1 month' as date)
						  left join sales_reported_months r on r.distributor_id = s.distributor_id and r.period = v.period
						  left join (select a.sku, a.period, a.quantity from sales_monthly_quantities a
						              where a.distributor_id = :distributor) q on q.sku = s.sku and q.period = v.period
						 where s.distributor_id = :distributor
						 group by 1, 2, 3""",
				distributorId, scopeIds, skus);
	}

	/** Each series netted, its months added to every scope it is in. */
	private void plans(long distributorId, List<Fitted> fitted, Map<String, List<Long>> scopesOf) {
		PlanningTerms.Terms planning = terms.terms(distributorId);
		Map<String, Long> productGroups = supply.groups();
		SupplyQueries.Supply known = supply.read(fitted, null);
		Map<Long, TreeMap<YearMonth, double[]>> sums = new TreeMap<>();
		for (Fitted f : fitted) {
			PlanningSetting setting = planning.of(f.distributorId(), productGroups.get(f.sku()));
			SellInNetting.Month[] plan = SellInPlans.net(f, setting, known, PLAN_MONTHS);
			List<Long> within = new ArrayList<>(scopesOf.getOrDefault(f.sku(), List.of()));
			within.add(SumScopes.ALL);
			for (long scope : within) {
				TreeMap<YearMonth, double[]> months = sums.computeIfAbsent(scope, s -> new TreeMap<>());
				for (int i = 0; i < plan.length; i++) {
					plan[i].addTo(months.computeIfAbsent(f.from().plusMonths(i),
							p -> new double[SellInNetting.Month.FIGURES]));
				}
			}
		}
		List<Long> scopeIds = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		List<List<Double>> parts = new ArrayList<>();
		for (int p = 0; p < 6; p++) {
			parts.add(new ArrayList<>());
		}
		sums.forEach((scope, months) -> months.forEach((period, sum) -> {
			scopeIds.add(scope);
			periods.add(period.atDay(1).toString());
			for (int p = 0; p < 6; p++) {
				parts.get(p).add(sum[p]);
			}
		}));
		jdbc.sql("""
				insert into forecast_sum_plans (distributor_id, scope_id, period, sell_out, named, target, projected,
				                                in_transit, need)
				select :distributor, u.* from unnest(cast(:scopes as bigint[]), cast(:periods as date[]),
				       cast(:p0 as float8[]), cast(:p1 as float8[]), cast(:p2 as float8[]), cast(:p3 as float8[]),
				       cast(:p4 as float8[]), cast(:p5 as float8[])) as u""")
			.param("distributor", distributorId)
			.param("scopes", scopeIds.toArray(Long[]::new))
			.param("periods", periods.toArray(String[]::new))
			.param("p0", parts.get(0).toArray(Double[]::new))
			.param("p1", parts.get(1).toArray(Double[]::new))
			.param("p2", parts.get(2).toArray(Double[]::new))
			.param("p3", parts.get(3).toArray(Double[]::new))
			.param("p4", parts.get(4).toArray(Double[]::new))
			.param("p5", parts.get(5).toArray(Double[]::new))
			.update();
	}

	/**
	 * One of the sums' inserts, with the distributor's products mapped to their scopes.
	 */
	private void perScope(String insert, long distributorId, Long[] scopeIds, String[] skus) {
		jdbc.sql(SCOPES + insert)
			.param("distributor", distributorId)
			.param("scopes", scopeIds)
			.param("skus", skus)
			.update();
	}

}
