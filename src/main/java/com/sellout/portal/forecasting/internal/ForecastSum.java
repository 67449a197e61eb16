package com.sellout.portal.forecasting.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.ForecastMonth;
import com.sellout.portal.forecasting.MonthQuantity;
import com.sellout.portal.forecasting.SalesForecast;
import org.jspecify.annotations.Nullable;

/**
 * A forecast of a sum of series, bottom-up: its history the sum of the series' histories
 * (a distributor whose month is still missing left out of it, and named), its forecast
 * the sum of the series' forecasts of the months after the sum's last month of history,
 * the interval's half-widths added in quadrature. Pure: what the database or the fits
 * gave goes in.
 */
final class ForecastSum {

	/** Per distributor: the history's sums by month. */
	final Map<Long, TreeMap<YearMonth, BigDecimal>> history = new TreeMap<>();

	/** Per distributor: the last month of its history. */
	final Map<Long, YearMonth> lasts = new TreeMap<>();

	/**
	 * Per distributor and forecast month: the point forecast and the squared half-widths
	 * below and above.
	 */
	final Map<Long, TreeMap<YearMonth, double[]>> forecasts = new TreeMap<>();

	final BacktestSums backtest = new BacktestSums();

	/** Adds a series fitted now, with its history. */
	void add(Series series, Fitted fitted) {
		addHistory(series);
		addForecast(fitted);
		backtest.add(fitted.method(), fitted.backtest());
	}

	void addHistory(Series series) {
		TreeMap<YearMonth, BigDecimal> months = history.computeIfAbsent(series.distributorId(), d -> new TreeMap<>());
		double[] values = series.values();
		for (int i = 0; i < values.length; i++) {
			months.merge(series.first().plusMonths(i), Quantities.of(values[i]), BigDecimal::add);
		}
		lasts.merge(series.distributorId(), series.last(), (a, b) -> a.isAfter(b) ? a : b);
	}

	void addForecast(Fitted fitted) {
		TreeMap<YearMonth, double[]> months = forecasts.computeIfAbsent(fitted.distributorId(), d -> new TreeMap<>());
		for (int h = 0; h < fitted.mean().length; h++) {
			double mean = fitted.mean()[h];
			double below = mean - fitted.lower()[h];
			double above = fitted.upper()[h] - mean;
			double[] sum = months.computeIfAbsent(fitted.from().plusMonths(h), p -> new double[3]);
			sum[0] += mean;
			sum[1] += below * below;
			sum[2] += above * above;
		}
	}

	/** The sum's last month of history: its latest distributor's. */
	@Nullable YearMonth end() {
		return lasts.values().stream().max(YearMonth::compareTo).orElse(null);
	}

	List<MonthQuantity> historyMonths() {
		YearMonth end = end();
		TreeMap<YearMonth, BigDecimal> total = new TreeMap<>();
		history.forEach((distributor, months) -> {
			YearMonth last = lasts.get(distributor);
			months.forEach((month, quantity) -> {
				if (last == null || !month.isAfter(last)) {
					total.merge(month, quantity, BigDecimal::add);
				}
			});
		});
		List<MonthQuantity> months = new ArrayList<>();
		if (end == null || total.isEmpty()) {
			return months;
		}
		for (YearMonth month = total.firstKey(); !month.isAfter(end); month = month.plusMonths(1)) {
			months.add(new MonthQuantity(month, total.getOrDefault(month, BigDecimal.ZERO.setScale(3))));
		}
		return months;
	}

	/** The distributors whose history ends before the sum's. */
	List<Long> missing() {
		YearMonth end = end();
		return lasts.entrySet().stream().filter(e -> e.getValue().isBefore(end)).map(Map.Entry::getKey).toList();
	}

	List<ForecastMonth> forecastMonths(int horizon) {
		YearMonth end = end();
		List<ForecastMonth> months = new ArrayList<>();
		if (end == null) {
			return months;
		}
		for (int h = 1; h <= horizon; h++) {
			YearMonth period = end.plusMonths(h);
			double mean = 0;
			double below = 0;
			double above = 0;
			boolean any = false;
			for (TreeMap<YearMonth, double[]> series : forecasts.values()) {
				double[] sum = series.get(period);
				if (sum != null) {
					any = true;
					mean += sum[0];
					below += sum[1];
					above += sum[2];
				}
			}
			if (!any) {
				break;
			}
			months.add(new ForecastMonth(period, Quantities.of(mean), Quantities.of(mean - Math.sqrt(below)),
					Quantities.of(mean + Math.sqrt(above))));
		}
		return months;
	}

	/** The answer for a sum: method "bottom-up", the series counted per method. */
	SalesForecast answer(@Nullable String distributor, @Nullable String sku, @Nullable Long group, int horizon,
			Map<Long, String> codes) {
		return new SalesForecast(distributor, sku, group, historyMonths(), SUM_METHOD, null, backtest.methods(),
				forecastMonths(horizon), backtest.series() == 0 ? null : backtest.error(), backtest.series(),
				missing().stream().map(id -> codes.getOrDefault(id, String.valueOf(id))).toList());
	}

	static final String SUM_METHOD = "bottom-up";

}
