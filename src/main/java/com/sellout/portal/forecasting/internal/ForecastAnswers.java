package com.sellout.portal.forecasting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sellout.portal.forecasting.ForecastMonth;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The forecast of a request: one series, or a sum of series bottom-up. Without asOf and
 * method it is read from the stored forecasts (a sum added up by the database); with
 * either, every series of the scope is read up to asOf and fitted now on the pool, then
 * added up. A stored sum is read as the refit added it up ({@link SumReads}) while it
 * holds, else added up from the stored series.
 */
@Component
class ForecastAnswers {

	private final SeriesReader reader;

	private final StoredForecasts store;

	private final FittingPool pool;

	private final SumReads sums;

	private final SumChecks checks;

	ForecastAnswers(SeriesReader reader, StoredForecasts store, FittingPool pool, SumReads sums, SumChecks checks) {
		this.reader = reader;
		this.store = store;
		this.pool = pool;
		this.sums = sums;
		this.checks = checks;
	}

	SalesForecast forecast(ForecastRequest request, Resolved scope, Map<Long, String> codes) {
		if (scope.single()) {
			return single(request, scope);
		}
		ForecastSum sum = new ForecastSum();
		Map<Long, SumChecks.Stored> stored = request.stored() ? checks.valid(scope, SumChecks.Use.FORECAST) : null;
		if (stored != null) {
			sums.forecast(scope, stored, sum);
		}
		else if (request.stored()) {
			SeriesReader.HistorySums history = store.historySums(scope.distributorId(), scope.skus());
			sum.history.putAll(history.months());
			sum.lasts.putAll(history.lasts());
			sum.forecasts.putAll(store.monthSums(scope.distributorId(), scope.skus()));
			store.backtestSums(scope.distributorId(), scope.skus(), sum.backtest);
		}
		else {
			List<Series> series = reader.read(scope.distributorId(), scope.skus(), request.asOf());
			YearMonth end = series.stream().map(Series::last).max(YearMonth::compareTo).orElse(null);
			List<Fitted> fitted = pool.fit(series, s -> request.horizon() + lag(s.last(), end), request.method());
			series.forEach(sum::addHistory);
			fitted.forEach(f -> {
				sum.addForecast(f);
				sum.backtest.add(f.method(), f.backtest());
			});
		}
		return sum.answer(scope.distributor(), null, scope.groupId(), request.horizon(), codes);
	}

	/**
	 * One series: its history, and its stored forecast — or one fitted now when asked
	 * (asOf, method) or when its stored one is behind its history (a refit pending).
	 */
	private SalesForecast single(ForecastRequest request, Resolved scope) {
		if (request.stored()) {
			Series stored = store.history(scope.distributorId(), scope.sku());
			Fitted fitted = stored == null ? null
					: store.latest(scope.distributorId(), scope.skus())
						.stream()
						.filter(f -> f.madeIn().equals(stored.last()))
						.findFirst()
						.orElse(null);
			if (fitted != null) {
				return single(scope, stored, fitted, request.horizon());
			}
		}
		List<Series> read = reader.read(scope.distributorId(), scope.skus(), request.asOf());
		if (read.isEmpty()) {
			return new SalesForecast(scope.distributor(), scope.sku(), null, List.of(), ForecastSum.SUM_METHOD, null,
					Map.of(), List.of(), null, 0, List.of());
		}
		// asked with asOf or a method, or not stored yet (a refit pending): fitted now
		Series series = read.get(0);
		Fitted fitted = Fitted.of(series, request.stored() ? Refit.STORED_HORIZON : request.horizon(),
				request.method());
		return single(scope, series, fitted, request.horizon());
	}

	private static SalesForecast single(Resolved scope, Series series, Fitted fitted, int horizon) {
		return new SalesForecast(scope.distributor(), scope.sku(), null, series.history(), fitted.method(),
				fitted.demandClass(), Map.of(fitted.method(), 1), months(fitted, series.last(), horizon),
				BacktestSums.of(fitted.backtest()), 1, List.of());
	}

	/** A fit's months after {@code end}, up to the horizon. */
	static List<ForecastMonth> months(Fitted fitted, YearMonth end, int horizon) {
		List<ForecastMonth> months = new ArrayList<>();
		for (int h = 1; h <= horizon; h++) {
			int i = fitted.index(end.plusMonths(h));
			if (i < 0) {
				break;
			}
			months.add(new ForecastMonth(end.plusMonths(h), Quantities.of(fitted.mean()[i]),
					Quantities.of(fitted.lower()[i]), Quantities.of(fitted.upper()[i])));
		}
		return months;
	}

	/** Months from a series' last month to the sum's. */
	static int lag(YearMonth last, @Nullable YearMonth end) {
		return end == null ? 0
				: (int) (end.getYear() * 12L + end.getMonthValue() - last.getYear() * 12L - last.getMonthValue());
	}

}
