package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.DemandClass;
import com.sellout.portal.forecasting.ForecastMethod;
import com.sellout.portal.forecasting.models.BacktestResult;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored forecasts ({@code forecast_series}, {@code forecast_values}), in the
 * caller's transaction and scope: written by the refit, one row per series and made-in
 * month (every one kept, the newest marked {@code latest}), read by the answers.
 */
@Component
class StoredForecasts {

	static final String SCOPE = """
			(cast(:distributor as bigint) is null or s.distributor_id = :distributor)
			  and (cast(:skus as text[]) is null or s.sku = any(cast(:skus as text[])))""";

	private final JdbcClient jdbc;

	StoredForecasts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored series' made-in month and the fingerprint of the history it was fitted on.
	 */
	record Stamp(YearMonth madeIn, String fingerprint) {
	}

	/** The latest stamps of a distributor's series, by SKU. */
	Map<String, Stamp> stamps(long distributorId) {
		Map<String, Stamp> stamps = new HashMap<>();
		jdbc.sql("select sku, made_in, fingerprint from forecast_series where distributor_id = ? and latest")
			.param(distributorId)
			.query(rs -> {
				stamps.put(rs.getString(1), new Stamp(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3)));
			});
		return stamps;
	}

	/**
	 * Stores a distributor's newly fitted series as their latest forecasts: a forecast of
	 * the same made-in month is replaced, the earlier ones are kept.
	 */
	void save(long distributorId, List<Fitted> fitted, Map<String, Series> histories) {
		if (fitted.isEmpty()) {
			return;
		}
		String[] skus = fitted.stream().map(Fitted::sku).toArray(String[]::new);
		String[] madeIn = fitted.stream().map(f -> f.madeIn().atDay(1).toString()).toArray(String[]::new);
		jdbc.sql(
				"""
						delete from forecast_series s using unnest(cast(:skus as text[]), cast(:months as date[])) as u(sku, made_in)
						 where s.distributor_id = :distributor and s.sku = u.sku and s.made_in = u.made_in""")
			.param("skus", skus)
			.param("months", madeIn)
			.param("distributor", distributorId)
			.update();
		retire(distributorId, List.of(skus));
		int n = fitted.size();
		String[] from = new String[n];
		String[] methods = new String[n];
		String[] params = new String[n];
		String[] classes = new String[n];
		Integer[] windows = new Integer[n];
		Integer[] horizons = new Integer[n];
		Integer[] points = new Integer[n];
		Double[] absErrors = new Double[n];
		Double[] errors = new Double[n];
		Double[] actuals = new Double[n];
		Double[] scales = new Double[n];
		String[] prints = new String[n];
		String[] history = new String[n];
		Integer[] months = new Integer[n];
		for (int i = 0; i < n; i++) {
			Fitted f = fitted.get(i);
			BacktestResult b = f.backtest();
			from[i] = f.historyFrom().atDay(1).toString();
			methods[i] = f.method().length() > 64 ? f.method().substring(0, 64) : f.method();
			params[i] = f.methodParam().param();
			classes[i] = f.demandClass().name();
			windows[i] = b.windows();
			horizons[i] = b.horizon();
			points[i] = b.points();
			absErrors[i] = finite(b.absError());
			errors[i] = finite(b.error());
			actuals[i] = finite(b.actual());
			scales[i] = finite(b.scale());
			Series series = histories.get(f.sku());
			prints[i] = series.fingerprint();
			StringBuilder values = new StringBuilder("{");
			for (double value : series.values()) {
				values.append(values.length() > 1 ? "," : "").append(finite(value));
			}
			history[i] = values.append('}').toString();
			months[i] = (int) (f.madeIn().getYear() * 12L + f.madeIn().getMonthValue() - f.historyFrom().getYear() * 12L
					- f.historyFrom().getMonthValue()) + 1;
		}
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql(
				"""
						insert into forecast_series (distributor_id, sku, made_in, latest, history_from, history_months, method,
						                             method_param, demand_class, windows, horizon, points, abs_error, error,
						                             actual, scale, fingerprint, history)
						select :distributor, u.sku, u.made_in, u.latest, u.history_from, u.history_months, u.method, u.method_param,
						       u.demand_class, u.windows, u.horizon, u.points, u.abs_error, u.error, u.actual, u.scale,
						       u.fingerprint, cast(u.history as float8[])
						  from unnest(cast(:skus as text[]), cast(:months as date[]), cast(:latest as boolean[]),
						       cast(:from as date[]), cast(:length as integer[]), cast(:method as text[]), cast(:param as text[]),
						       cast(:class as text[]), cast(:windows as integer[]), cast(:horizon as integer[]),
						       cast(:points as integer[]), cast(:abs as float8[]), cast(:error as float8[]),
						       cast(:actual as float8[]), cast(:scale as float8[]), cast(:print as text[]),
						       cast(:history as text[])) as u(sku, made_in, latest, history_from, history_months, method,
						       method_param, demand_class, windows, horizon, points, abs_error, error, actual, scale,
						       fingerprint, history)
						returning id, sku""")
			.param("distributor", distributorId)
			.param("skus", skus)
			.param("months", madeIn)
			.param("latest", fitted.stream().map(f -> Boolean.TRUE).toArray(Boolean[]::new))
			.param("from", from)
			.param("length", months)
			.param("method", methods)
			.param("param", params)
			.param("class", classes)
			.param("windows", windows)
			.param("horizon", horizons)
			.param("points", points)
			.param("abs", absErrors)
			.param("error", errors)
			.param("actual", actuals)
			.param("scale", scales)
			.param("print", prints)
			.param("history", history)
			.query(rs -> {
				ids.put(rs.getString(2), rs.getLong(1));
			});
		List<Long> seriesIds = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		List<Double> quantities = new ArrayList<>();
		List<Double> lowers = new ArrayList<>();
		List<Double> uppers = new ArrayList<>();
		for (Fitted f : fitted) {
			long id = ids.get(f.sku());
			for (int h = 0; h < f.mean().length; h++) {
				seriesIds.add(id);
				periods.add(f.from().plusMonths(h).atDay(1).toString());
				quantities.add(finite(f.mean()[h]));
				lowers.add(finite(f.lower()[h]));
				uppers.add(finite(f.upper()[h]));
			}
		}
		jdbc.sql(
				"""
						insert into forecast_values (series_id, distributor_id, period, quantity, lower80, upper80)
						select u.id, :distributor, u.period, round(cast(u.q as numeric), 3), round(cast(u.l as numeric), 3),
						       round(cast(u.h as numeric), 3)
						  from unnest(cast(:ids as bigint[]), cast(:periods as date[]), cast(:q as float8[]), cast(:l as float8[]),
						              cast(:h as float8[])) as u(id, period, q, l, h)""")
			.param("distributor", distributorId)
			.param("ids", seriesIds.toArray(Long[]::new))
			.param("periods", periods.toArray(String[]::new))
			.param("q", quantities.toArray(Double[]::new))
			.param("l", lowers.toArray(Double[]::new))
			.param("h", uppers.toArray(Double[]::new))
			.update();
	}

	/**
	 * These series' stored forecasts are no longer their latest (a newer one is being
	 * stored, or the series is gone).
	 */
	void retire(long distributorId, List<String> skus) {
		jdbc.sql("update forecast_series set latest = false where distributor_id = ? and sku = any(?) and latest")
			.params(distributorId, skus.toArray(String[]::new))
			.update();
	}

	/** The latest stored forecasts of the series in scope, with their months. */
	List<Fitted> latest(@Nullable Long distributorId, @Nullable List<String> skus) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		Map<Long, TreeMap<YearMonth, double[]>> values = new HashMap<>();
		jdbc.sql("select s.* from forecast_series s where s.latest and" + SCOPE + " order by s.distributor_id, s.sku")
			.param("distributor", distributorId)
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				rows.put(rs.getLong("id"),
						new Row(rs.getLong("distributor_id"), rs.getString("sku"),
								YearMonth.from(rs.getDate("history_from").toLocalDate()),
								YearMonth.from(rs.getDate("made_in").toLocalDate()), rs.getString("method"),
								ForecastMethod.byParam(rs.getString("method_param"))
									.orElse(ForecastMethod.MOVING_AVERAGE),
								DemandClass.valueOf(rs.getString("demand_class")),
								new BacktestResult(rs.getInt("windows"), rs.getInt("horizon"), rs.getInt("points"),
										rs.getDouble("abs_error"), rs.getDouble("error"), rs.getDouble("actual"),
										rs.getDouble("scale"))));
			});
		jdbc.sql("""
				select v.series_id, v.period, v.quantity, v.lower80, v.upper80
				  from forecast_values v join forecast_series s on s.id = v.series_id
				 where s.latest and""" + SCOPE)
			.param("distributor", distributorId)
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				values.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
					.put(YearMonth.from(rs.getDate(2).toLocalDate()),
							new double[] { rs.getDouble(3), rs.getDouble(4), rs.getDouble(5) });
			});
		List<Fitted> fitted = new ArrayList<>();
		rows.forEach((id, row) -> {
			TreeMap<YearMonth, double[]> months = values.getOrDefault(id, new TreeMap<>());
			int n = months.size();
			double[] mean = new double[n];
			double[] lower = new double[n];
			double[] upper = new double[n];
			int i = 0;
			for (double[] v : months.values()) {
				mean[i] = v[0];
				lower[i] = v[1];
				upper[i] = v[2];
				i++;
			}
			fitted.add(new Fitted(row.distributorId, row.sku, row.historyFrom, row.madeIn, row.method, row.param,
					row.demandClass, mean, lower, upper, row.backtest));
		});
		return fitted;
	}

	/**
	 * The histories the latest stored forecasts of a sum were fitted on, added up by the
	 * database per distributor and month, and each distributor's last month.
	 */
	SeriesReader.HistorySums historySums(@Nullable Long distributorId, @Nullable List<String> skus) {
		Map<Long, TreeMap<YearMonth, BigDecimal>> months = new TreeMap<>();
		Map<Long, YearMonth> lasts = new TreeMap<>();
		jdbc.sql("""
				select s.distributor_id, cast(s.history_from + (u.i - 1) * interval '1 month' as date), sum(u.q)
				  from forecast_series s cross join lateral unnest(s.history) with ordinality as u(q, i)
				 where s.latest and""" + SCOPE + """

				group by 1, 2""")
			.param("distributor", distributorId)
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				months.computeIfAbsent(rs.getLong(1), d -> new TreeMap<>())
					.put(Quantities.month(rs.getDate(2)), Quantities.of(rs.getDouble(3)));
			});
		jdbc.sql("select s.distributor_id, max(s.made_in) from forecast_series s where s.latest and" + SCOPE
				+ " group by 1")
			.param("distributor", distributorId)
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				lasts.put(rs.getLong(1), Quantities.month(rs.getDate(2)));
			});
		return new SeriesReader.HistorySums(months, lasts);
	}

	/**
	 * The history the latest stored forecast of one series was fitted on; null without.
	 */
	@Nullable Series history(long distributorId, String sku) {
		return jdbc.sql("""
				select history_from, history from forecast_series
				 where distributor_id = ? and sku = ? and latest and history is not null""")
			.params(distributorId, sku)
			.query((rs, n) -> {
				Double[] values = (Double[]) rs.getArray(2).getArray();
				double[] history = new double[values.length];
				for (int i = 0; i < values.length; i++) {
					history[i] = values[i];
				}
				return new Series(distributorId, sku, Quantities.month(rs.getDate(1)), history);
			})
			.optional()
			.orElse(null);
	}

	/**
	 * The latest stored forecasts of a sum, added up by the database per distributor and
	 * month: the point forecasts, and the squares of the half-widths (added in
	 * quadrature).
	 */
	Map<Long, TreeMap<YearMonth, double[]>> monthSums(@Nullable Long distributorId, @Nullable List<String> skus) {
		Map<Long, TreeMap<YearMonth, double[]>> sums = new TreeMap<>();
		jdbc.sql(
				"""
						select v.distributor_id, v.period, sum(v.quantity),
						       sum(power(cast(v.quantity - v.lower80 as float8), 2)), sum(power(cast(v.upper80 - v.quantity as float8), 2))
						  from forecast_values v join forecast_series s on s.id = v.series_id
						 where s.latest and"""
						+ SCOPE + """

								group by v.distributor_id, v.period""")
			.param("distributor", distributorId)
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				sums.computeIfAbsent(rs.getLong(1), d -> new TreeMap<>())
					.put(YearMonth.from(rs.getDate(2).toLocalDate()),
							new double[] { rs.getBigDecimal(3).doubleValue(), rs.getDouble(4), rs.getDouble(5) });
			});
		return sums;
	}

	/**
	 * The backtests of a sum's latest stored forecasts: their sums, and the series per
	 * method.
	 */
	void backtestSums(@Nullable Long distributorId, @Nullable List<String> skus, BacktestSums sums) {
		jdbc.sql(
				"""
						select s.method, count(*), max(s.windows), max(s.horizon), sum(s.points), sum(s.abs_error), sum(s.error),
						       sum(s.actual), sum(case when s.points > 0 and s.scale > 0 then s.abs_error / s.points / s.scale end),
						       count(case when s.points > 0 and s.scale > 0 then 1 end)
						  from forecast_series s where s.latest and"""
						+ SCOPE + """

								group by s.method""")
			.param("distributor", distributorId)
			.param("skus", skus == null ? null : skus.toArray(String[]::new))
			.query(rs -> {
				sums.add(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6),
						rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10));
			});
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : 0;
	}

	private record Row(long distributorId, String sku, YearMonth historyFrom, YearMonth madeIn, String method,
			ForecastMethod param, DemandClass demandClass, BacktestResult backtest) {
	}

}
