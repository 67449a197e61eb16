package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.SellInMonth;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.forecasting.TrackRecord;
import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored sums of a selection of many series, when they still are what the series
 * would add up to: every distributor in the caller's scope with stored forecasts has its
 * sums, computed over exactly its latest series (their count) and the SKUs the catalog
 * puts in the scope now — and, for the sell-in plan, from the inputs it nets against now
 * (their digest). Otherwise the answer is computed from the series, as it always was, and
 * the stale distributors are marked for a refit, which stores their sums again.
 */
@Component
class SumReads {

	private static final Logger log = LoggerFactory.getLogger(SumReads.class);

	private final JdbcClient jdbc;

	private final SumInputs inputs;

	private final RefitQueue queue;

	SumReads(JdbcClient jdbc, SumInputs inputs, RefitQueue queue) {
		this.jdbc = jdbc;
		this.inputs = inputs;
		this.queue = queue;
	}

	/** What a stored sum is read for: each needs its own inputs unchanged. */
	enum Use {

		/** The forecast: the series and the scope's SKUs. */
		FORECAST,

		/** The sell-in plan: also what it nets against. */
		PLAN,

		/** The track record: also no report refreshed since (its actuals). */
		TRACK

	}

	/** One distributor's stored scope: its last month in it (none: no series in it). */
	record Stored(long distributorId, @Nullable YearMonth madeIn, int series) {
	}

	/**
	 * The stored scopes of a request's distributors, when they hold; null when any
	 * distributor's sums are missing or stale.
	 */
	@Nullable Map<Long, Stored> valid(Resolved scope, Use use) {
		if (scope.sku() != null) {
			// one product over distributors: few series, not stored
			return null;
		}
		long scopeId = SumScopes.of(scope.groupId());
		String skus = SumScopes.digest(scope.skus());
		Map<Long, Integer> latest = new HashMap<>();
		jdbc.sql("""
				select distributor_id, count(*) from forecast_series
				 where latest and (cast(:distributor as bigint) is null or distributor_id = :distributor) group by 1""")
			.param("distributor", scope.distributorId())
			.query(rs -> {
				latest.put(rs.getLong(1), rs.getInt(2));
			});
		record Row(long distributorId, long scopeId, @Nullable YearMonth madeIn, int series, String skus,
				String inputs) {
		}
		List<Row> rows = jdbc
			.sql("""
					select distributor_id, scope_id, made_in, series, skus_digest, inputs_digest from forecast_sum_scopes
					 where scope_id in (0, :scope) and (cast(:distributor as bigint) is null or distributor_id = :distributor)""")
			.param("scope", scopeId)
			.param("distributor", scope.distributorId())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2),
					rs.getDate(3) == null ? null : Quantities.month(rs.getDate(3)), rs.getInt(4), rs.getString(5),
					rs.getString(6)))
			.list();
		Map<Long, Row> all = new HashMap<>();
		Map<Long, Row> own = new HashMap<>();
		rows.forEach(r -> {
			if (r.scopeId() == SumScopes.ALL) {
				all.put(r.distributorId(), r);
			}
			if (r.scopeId() == scopeId) {
				own.put(r.distributorId(), r);
			}
		});
		List<Long> stale = new ArrayList<>();
		latest.forEach((id, count) -> {
			Row total = all.get(id);
			Row mine = own.get(id);
			if (total == null || total.series() != count || mine == null || !mine.skus().equals(skus)) {
				stale.add(id);
			}
		});
		all.values()
			.stream()
			.filter(r -> r.series() > 0 && !latest.containsKey(r.distributorId()))
			.forEach(r -> stale.add(r.distributorId()));
		if (stale.isEmpty() && use == Use.PLAN) {
			Map<Long, YearMonth> madeIn = new TreeMap<>();
			all.values()
				.stream()
				.filter(r -> r.madeIn() != null)
				.forEach(r -> madeIn.put(r.distributorId(), r.madeIn()));
			Map<Long, String> now = inputs.digests(madeIn);
			madeIn.keySet().stream().filter(id -> !all.get(id).inputs().equals(now.get(id))).forEach(stale::add);
		}
		if (!stale.isEmpty()) {
			refit(stale);
			return null;
		}
		if (use == Use.TRACK && reportedSince(scope)) {
			// a refit is pending already: it stores the new actuals
			return null;
		}
		Map<Long, Stored> stored = new TreeMap<>();
		own.forEach((id, r) -> {
			if (latest.containsKey(id)) {
				stored.put(id, new Stored(id, r.madeIn(), r.series()));
			}
		});
		return stored;
	}

	/** A stored sum of forecasts, into {@code sum}. */
	void forecast(Resolved scope, Map<Long, Stored> stored, ForecastSum sum) {
		long scopeId = SumScopes.of(scope.groupId());
		stored.values()
			.stream()
			.filter(s -> s.madeIn() != null)
			.forEach(s -> sum.lasts.put(s.distributorId(), s.madeIn()));
		jdbc.sql("""
				select distributor_id, period, quantity from forecast_sum_history
				 where scope_id = :scope and (cast(:distributor as bigint) is null or distributor_id = :distributor)""")
			.param("scope", scopeId)
			.param("distributor", scope.distributorId())
			.query(rs -> {
				sum.history.computeIfAbsent(rs.getLong(1), d -> new TreeMap<>())
					.put(Quantities.month(rs.getDate(2)), Quantities.of(rs.getDouble(3)));
			});
		jdbc.sql("""
				select distributor_id, period, quantity, below2, above2 from forecast_sum_values
				 where scope_id = :scope and (cast(:distributor as bigint) is null or distributor_id = :distributor)""")
			.param("scope", scopeId)
			.param("distributor", scope.distributorId())
			.query(rs -> {
				sum.forecasts.computeIfAbsent(rs.getLong(1), d -> new TreeMap<>())
					.put(Quantities.month(rs.getDate(2)),
							new double[] { rs.getBigDecimal(3).doubleValue(), rs.getDouble(4), rs.getDouble(5) });
			});
		jdbc.sql("""
				select method, series, windows, horizon, points, abs_error, error, actual, mase_sum, mase_count
				  from forecast_sum_backtests
				 where scope_id = :scope and (cast(:distributor as bigint) is null or distributor_id = :distributor)
				 order by distributor_id, method""")
			.param("scope", scopeId)
			.param("distributor", scope.distributorId())
			.query(rs -> {
				sum.backtest.add(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10));
			});
	}

	/**
	 * A stored sell-in plan, each distributor's months from the sum's first month on;
	 * null when a distributor's stored plan does not reach the horizon (its history ends
	 * too long before the others').
	 */
	@Nullable SellInPlan plan(Resolved scope, Map<Long, Stored> stored, int horizon, Map<Long, String> codes) {
		YearMonth end = stored.values()
			.stream()
			.map(Stored::madeIn)
			.filter(m -> m != null)
			.max(YearMonth::compareTo)
			.orElse(null);
		if (end == null) {
			return new SellInPlan(scope.distributor(), scope.sku(), scope.groupId(), List.of(), List.of());
		}
		for (Stored s : stored.values()) {
			if (s.madeIn() != null && ForecastAnswers.lag(s.madeIn(), end) + horizon > SumWrites.PLAN_MONTHS) {
				return null;
			}
		}
		TreeMap<YearMonth, double[]> sums = new TreeMap<>();
		jdbc.sql("""
				select period, sell_out, named, target, projected, in_transit, need from forecast_sum_plans
				 where scope_id = :scope and (cast(:distributor as bigint) is null or distributor_id = :distributor)
				   and period > :end and period <= :last
				 order by distributor_id, period""")
			.param("scope", SumScopes.of(scope.groupId()))
			.param("distributor", scope.distributorId())
			.param("end", Quantities.day(end))
			.param("last", Quantities.day(end.plusMonths(horizon)))
			.query(rs -> {
				double[] sum = sums.computeIfAbsent(Quantities.month(rs.getDate(1)), p -> new double[6]);
				for (int p = 0; p < 6; p++) {
					sum[p] += rs.getDouble(p + 2);
				}
			});
		List<SellInMonth> months = new ArrayList<>();
		sums.forEach((period, s) -> months.add(new SellInMonth(period, Quantities.of(s[0]), Quantities.of(s[1]),
				Quantities.of(s[2]), Quantities.of(s[3]), Quantities.of(s[4]), Quantities.of(s[5]))));
		List<String> missing = stored.values()
			.stream()
			.filter(s -> s.madeIn() != null && s.madeIn().isBefore(end))
			.map(s -> codes.getOrDefault(s.distributorId(), String.valueOf(s.distributorId())))
			.sorted()
			.toList();
		return new SellInPlan(scope.distributor(), scope.sku(), scope.groupId(), months, missing);
	}

	/** Whether a report was refreshed in the rollups after the stored sums were read. */
	private boolean reportedSince(Resolved scope) {
		return jdbc.sql("""
				select exists (select 1 from forecast_refits r join forecast_sum_scopes s
				                 on s.distributor_id = r.distributor_id and s.scope_id = 0
				                where r.requested_at > s.computed_at
				                  and (cast(:distributor as bigint) is null or r.distributor_id = :distributor))""")
			.param("distributor", scope.distributorId())
			.query(Boolean.class)
			.single();
	}

	/** A stored track record, added up over the distributors in scope. */
	List<TrackRecord> track(Resolved scope) {
		Map<YearMonth, BigDecimal[]> made = new TreeMap<>();
		jdbc.sql("""
				select made_in, forecast, actual, series, reported from forecast_sum_track
				 where scope_id = :scope and (cast(:distributor as bigint) is null or distributor_id = :distributor)
				 order by distributor_id, made_in""")
			.param("scope", SumScopes.of(scope.groupId()))
			.param("distributor", scope.distributorId())
			.query(rs -> {
				BigDecimal[] sums = made.computeIfAbsent(Quantities.month(rs.getDate(1)),
						m -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(rs.getBigDecimal(2));
				if (rs.getBoolean(5)) {
					sums[1] = sums[1].add(rs.getBigDecimal(2));
					sums[2] = sums[2].add(rs.getBigDecimal(3));
					sums[3] = sums[3].add(BigDecimal.valueOf(rs.getInt(4)));
				}
			});
		return ForecastLists.records(made);
	}

	/**
	 * Marks the stale distributors for a refit, in a transaction of its own (the reader's
	 * is read-only); the refit job finds them at its next look.
	 */
	private void refit(List<Long> stale) {
		try {
			stale.forEach(queue::request);
		}
		catch (RuntimeException ex) {
			// the answer is computed from the series all the same
			log.warn("Stale forecast sums of {} not queued for a refit: {}", stale, ex.toString());
		}
	}

}
