package com.sellout.portal.forecasting.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.sellout.portal.distributors.Distributor;
import com.sellout.portal.distributors.Distributors;
import com.sellout.portal.forecasting.BacktestError;
import com.sellout.portal.forecasting.ForecastMethod;
import com.sellout.portal.forecasting.ForecastMonth;
import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.MonthQuantity;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.SalesForecasts;
import com.sellout.portal.forecasting.SellInMonth;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.identity.CurrentUser;
import com.sellout.portal.shared.NotFoundException;
import com.sellout.portal.shared.RefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sell-out forecast and the sell-in plan over the API, for the manufacturer's
 * planning and the distributors' purchasing: one distributor × product, a product group
 * (its sub-groups included) or all products, of one distributor or of all (the factory
 * plan). Same isolation as the pages: a distributor's account reads its own only, and
 * another distributor, an unknown product or group is "not found".
 */
@RestController
@RequestMapping("/api/v1/forecasts")
@Tag(name = "Forecasts")
class ForecastApi {

	private final SalesForecasts forecasts;

	private final Distributors distributors;

	ForecastApi(SalesForecasts forecasts, Distributors distributors) {
		this.forecasts = forecasts;
		this.distributors = distributors;
	}

	record Period(String period, BigDecimal quantity) {

		static Period of(MonthQuantity m) {
			return new Period(m.period().toString(), m.quantity());
		}

	}

	record ForecastView(String period, BigDecimal quantity, BigDecimal lower80, BigDecimal upper80) {

		static ForecastView of(ForecastMonth m) {
			return new ForecastView(m.period().toString(), m.quantity(), m.lower80(), m.upper80());
		}

	}

	record Backtest(int windows, int horizon, @Nullable BigDecimal wape, @Nullable BigDecimal mase,
			@Nullable BigDecimal bias) {

		static @Nullable Backtest of(@Nullable BacktestError b) {
			return b == null ? null : new Backtest(b.windows(), b.horizon(), b.wape(), b.mase(), b.bias());
		}

	}

	record Answer(@Nullable String distributor, @Nullable String sku, @Nullable Long group, List<Period> history,
			String method, @Nullable String demandClass, Map<String, Integer> methods, List<ForecastView> forecast,
			@Nullable Backtest backtest, int series, List<String> missingDistributors) {

		static Answer of(SalesForecast f) {
			return new Answer(f.distributor(), f.sku(), f.group(), f.history().stream().map(Period::of).toList(),
					f.method(), f.demandClass() == null ? null : f.demandClass().name(), f.methods(),
					f.forecast().stream().map(ForecastView::of).toList(), Backtest.of(f.backtest()), f.series(),
					f.missingDistributors());
		}

	}

	record SellInView(String period, BigDecimal sellOutForecast, BigDecimal namedOrders, BigDecimal targetStock,
			BigDecimal projectedStock, BigDecimal inTransit, BigDecimal sellInNeeded) {

		static SellInView of(SellInMonth m) {
			return new SellInView(m.period().toString(), m.sellOutForecast(), m.namedOrders(), m.targetStock(),
					m.projectedStock(), m.inTransit(), m.sellInNeeded());
		}

	}

	record SellInAnswer(@Nullable String distributor, @Nullable String sku, @Nullable Long group,
			List<SellInView> months, List<String> missingDistributors) {

		static SellInAnswer of(SellInPlan p) {
			return new SellInAnswer(p.distributor(), p.sku(), p.group(),
					p.months().stream().map(SellInView::of).toList(), p.missingDistributors());
		}

	}

	@GetMapping
	@Operation(summary = "The sell-out history and forecast of a distributor × product (sku), a product group (group: "
			+ "its id, sub-groups included) or all products; without distributor every distributor the caller sees, "
			+ "summed bottom-up (a month a distributor has not reported yet is left out of the history, the "
			+ "distributor named in missingDistributors). horizon 1–24 months (12); asOf=YYYY-MM: as it would have "
			+ "been forecast at the end of that month (nothing after it used); method=ets|theta|croston|sba|tsb|"
			+ "snaive|ma instead of the backtest's choice — both computed now, otherwise read from the stored "
			+ "forecasts. backtest: the rolling-origin backtest's WAPE, MASE and bias as fractions. Periods YYYY-MM.")
	Answer forecast(
			@Parameter(description = "a distributor's code") @RequestParam(
					required = false) @Nullable String distributor,
			@RequestParam(required = false) @Nullable String sku,
			@Parameter(description = "a product group's id") @RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String horizon,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String method, @AuthenticationPrincipal CurrentUser me) {
		return Answer.of(forecasts.forecast(request(me, distributor, sku, group, horizon, asOf, method)));
	}

	@GetMapping("/sell-in")
	@Operation(summary = "The sell-in needed per month, netting forward from the sell-out forecast (named orders in "
			+ "place of their clients' share), the channel stock, the shipments in transit, the lead time and the "
			+ "target cover: same parameters as /api/v1/forecasts; without distributor the factory plan (the sum "
			+ "over the distributors).")
	SellInAnswer sellIn(@RequestParam(required = false) @Nullable String distributor,
			@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String horizon,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String method, @AuthenticationPrincipal CurrentUser me) {
		return SellInAnswer.of(forecasts.sellIn(request(me, distributor, sku, group, horizon, asOf, method)));
	}

	private ForecastRequest request(CurrentUser me, @Nullable String distributor, @Nullable String sku,
			@Nullable String group, @Nullable String horizon, @Nullable String asOf, @Nullable String method) {
		if (sku != null && !sku.isBlank() && group != null && !group.isBlank()) {
			throw new RefusedException("forecast.api.skuOrGroup");
		}
		return new ForecastRequest(distributorId(distributors, me, distributor), sku, groupId(group), horizon(horizon),
				month(asOf), method(method));
	}

	/**
	 * The distributor the API names by code (or ИНН): the caller's own (another is not
	 * found), or for the manufacturer the one named (an unknown one not found), or all.
	 */
	static @Nullable Long distributorId(Distributors distributors, CurrentUser me, @Nullable String code) {
		if (!me.isManufacturer()) {
			if (code != null && !code.isBlank() && !code.strip().equalsIgnoreCase(me.distributorCode())) {
				throw new NotFoundException();
			}
			return me.distributorId();
		}
		if (code == null || code.isBlank()) {
			return null;
		}
		return distributors.findByCodeOrInn(code.strip()).map(Distributor::id).orElseThrow(NotFoundException::new);
	}

	private static @Nullable Long groupId(@Nullable String group) {
		if (group == null || group.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(group.strip());
		}
		catch (NumberFormatException ex) {
			throw new RefusedException("forecast.api.badGroup", group);
		}
	}

	private static int horizon(@Nullable String horizon) {
		if (horizon == null || horizon.isBlank()) {
			return 12;
		}
		try {
			int months = Integer.parseInt(horizon.strip());
			if (months >= 1 && months <= ForecastRequest.MAX_HORIZON) {
				return months;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new RefusedException("forecast.api.badHorizon", horizon, ForecastRequest.MAX_HORIZON);
	}

	static @Nullable YearMonth month(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException("forecast.api.badMonth", value);
		}
	}

	private static @Nullable ForecastMethod method(@Nullable String method) {
		if (method == null || method.isBlank()) {
			return null;
		}
		return ForecastMethod.byParam(method).orElseThrow(() -> new RefusedException("forecast.api.badMethod", method));
	}

}
