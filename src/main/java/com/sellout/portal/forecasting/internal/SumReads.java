package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.SellInMonth;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.forecasting.TrackRecord;
import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored sums of a selection of many series, read once {@link SumChecks} found that
 * they hold: each distributor's rows of the scope added up, as the answers added up the
 * series.
 */
@Component
class SumReads {

	private final JdbcClient jdbc;

	SumReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored sum of forecasts, into {@code sum}. */
	void forecast(Resolved scope, Map<Long, SumChecks.Stored> stored, ForecastSum sum) {
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
	@Nullable SellInPlan plan(Resolved scope, Map<Long, SumChecks.Stored> stored, int horizon, Map<Long, String> codes) {
		YearMonth end = stored.values()
			.stream()
			.map(SumChecks.Stored::madeIn)
			.filter(m -> m != null)
			.max(YearMonth::compareTo)
			.orElse(null);
		if (end == null) {
			return new SellInPlan(scope.distributor(), scope.sku(), scope.groupId(), List.of(), List.of());
		}
		for (SumChecks.Stored s : stored.values()) {
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

}
