package com.sellout.portal.forecasting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.PlanningSetting;
import com.sellout.portal.forecasting.SellInMonth;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.forecasting.internal.RequestedScope.Resolved;

import org.springframework.stereotype.Component;

/**
 * The sell-in plan of a request: per distributor × product the netting of
 * {@link SellInNetting} over its forecast (stored, or fitted now for asOf or a method),
 * with the named orders in place of their clients' share, its latest channel stock, its
 * shipments in transit and its planning terms; a sum (a group, all products, the factory
 * plan over all distributors) adds up the series' months part by part — read as the refit
 * stored it ({@link SumReads}) while what it was netted from holds.
 */
@Component
class SellInPlans {

	private final SeriesReader reader;

	private final StoredForecasts store;

	private final FittingPool pool;

	private final PlanningTerms terms;

	private final SupplyQueries supply;

	private final SumReads sums;

	private final SumChecks checks;

	SellInPlans(SeriesReader reader, StoredForecasts store, FittingPool pool, PlanningTerms terms, SupplyQueries supply,
			SumReads sums, SumChecks checks) {
		this.reader = reader;
		this.store = store;
		this.pool = pool;
		this.terms = terms;
		this.supply = supply;
		this.sums = sums;
		this.checks = checks;
	}

	SellInPlan plan(ForecastRequest request, Resolved scope, Map<Long, String> codes) {
		if (request.stored() && !scope.single()) {
			Map<Long, SumChecks.Stored> stored = checks.valid(scope, SumChecks.Use.PLAN);
			SellInPlan plan = stored == null ? null : sums.plan(scope, stored, request.horizon(), codes);
			if (plan != null) {
				return plan;
			}
		}
		PlanningTerms.Terms planning = terms.terms(scope.distributorId());
		Map<String, Long> groups = supply.groups();
		List<Fitted> fitted;
		if (request.stored()) {
			fitted = store.latest(scope.distributorId(), scope.skus());
			if (fitted.isEmpty() && scope.single()) {
				// not fitted yet (a refit pending): fitted now
				fitted = pool.fit(reader.read(scope.distributorId(), scope.skus(), null), s -> Refit.STORED_HORIZON,
						null);
			}
		}
		else {
			List<Series> series = reader.read(scope.distributorId(), scope.skus(), request.asOf());
			YearMonth end = series.stream().map(Series::last).max(YearMonth::compareTo).orElse(null);
			fitted = pool
				.fit(series,
						s -> request.horizon() + ForecastAnswers.lag(s.last(), end)
								+ planning.of(s.distributorId(), groups.get(s.sku())).leadTimeMonths(),
						request.method());
		}
		YearMonth end = fitted.stream().map(Fitted::madeIn).max(YearMonth::compareTo).orElse(null);
		if (end == null) {
			return new SellInPlan(scope.distributor(), scope.sku(), scope.groupId(), List.of(), List.of());
		}
		SupplyQueries.Supply known = supply.read(fitted, request.asOf());
		TreeMap<YearMonth, double[]> sums = new TreeMap<>();
		for (Fitted f : fitted) {
			PlanningSetting setting = planning.of(f.distributorId(), groups.get(f.sku()));
			int lag = ForecastAnswers.lag(f.madeIn(), end);
			int months = request.horizon() + lag;
			SellInNetting.Month[] plan = net(f, setting, known, months);
			for (int i = lag; i < months; i++) {
				plan[i]
					.addTo(sums.computeIfAbsent(f.from().plusMonths(i), p -> new double[SellInNetting.Month.FIGURES]));
			}
		}
		List<SellInMonth> months = new ArrayList<>();
		sums.forEach((period, s) -> months.add(new SellInMonth(period, Quantities.of(s[0]), Quantities.of(s[1]),
				Quantities.of(s[2]), Quantities.of(s[3]), Quantities.of(s[4]), Quantities.of(s[5]))));
		Map<Long, YearMonth> lasts = new HashMap<>();
		fitted.forEach(f -> lasts.merge(f.distributorId(), f.madeIn(), (a, b) -> a.isAfter(b) ? a : b));
		List<String> missing = lasts.entrySet()
			.stream()
			.filter(e -> e.getValue().isBefore(end))
			.map(e -> codes.getOrDefault(e.getKey(), String.valueOf(e.getKey())))
			.sorted()
			.toList();
		return new SellInPlan(scope.distributor(), scope.sku(), scope.groupId(), months, missing);
	}

	/**
	 * One series' plan over its first {@code months} months from its own first month: its
	 * forecast with the named orders in place of their clients' share, netted against its
	 * stock and shipments. The plan of fewer months is the start of the plan of more (the
	 * netting runs forward), which lets the stored sums keep the longest.
	 */
	static SellInNetting.Month[] net(Fitted f, PlanningSetting setting, SupplyQueries.Supply known, int months) {
		String key = SupplyQueries.key(f.distributorId(), f.sku());
		Map<YearMonth, double[]> orders = known.orders().getOrDefault(key, Map.of());
		double[] forecast = new double[Math.max(f.mean().length, months + setting.leadTimeMonths())];
		double[] named = new double[months];
		for (int i = 0; i < forecast.length; i++) {
			double mean = f.mean().length == 0 ? 0 : f.mean()[Math.min(i, f.mean().length - 1)];
			double[] order = orders.get(f.from().plusMonths(i));
			if (order != null) {
				// order[0]: the named quantity, order[1]: the shares of its clients
				mean = mean * Math.max(0, 1 - order[1]) + order[0];
				if (i < months) {
					named[i] = order[0];
				}
			}
			forecast[i] = mean;
		}
		Map<YearMonth, Double> shipped = known.arrivals().getOrDefault(key, Map.of());
		int reach = months;
		for (YearMonth month : shipped.keySet()) {
			reach = Math.max(reach, ForecastAnswers.lag(f.from(), month) + 1);
		}
		double[] arrivals = new double[reach];
		shipped.forEach((month, quantity) -> {
			int i = ForecastAnswers.lag(f.from(), month);
			if (i >= 0) {
				arrivals[i] += quantity;
			}
		});
		SellInNetting.Month[] plan = SellInNetting.plan(forecast, named, known.stock().getOrDefault(key, 0.0), arrivals,
				setting.leadTimeMonths(), setting.coverWeeks().doubleValue(), months);
		return plan;
	}

}
