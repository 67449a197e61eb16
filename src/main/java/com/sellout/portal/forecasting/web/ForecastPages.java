package com.sellout.portal.forecasting.web;

import java.util.List;
import java.util.Locale;

import com.sellout.portal.forecasting.ForecastRequest;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.SalesForecasts;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.forecasting.TrackRecord;
import com.sellout.portal.identity.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * «Прогноз»: one distributor's (or, for the manufacturer, all distributors') sell-out of
 * a product, a group or everything — its history, the forecast with its 80 % interval,
 * the method used and how wrong it was on its own past, what the forecasts made in past
 * months said against what then happened, the sell-in it will need with its parts (the
 * factory plan for all distributors), the series whose forecast moved most and those
 * forecast worst; and the same as xlsx. A distributor's user sees its own only.
 */
@Controller
@RequestMapping("/forecast")
class ForecastPages {

	/** How many series the lists of changes and errors show. */
	static final int LIST_SIZE = 10;

	private final SalesForecasts forecasts;

	private final ForecastPageScope scope;

	private final ForecastOptions options;

	private final ForecastCharts charts;

	private final ForecastExport export;

	ForecastPages(SalesForecasts forecasts, ForecastPageScope scope, ForecastOptions options, ForecastCharts charts,
			ForecastExport export) {
		this.forecasts = forecasts;
		this.scope = scope;
		this.options = options;
		this.charts = charts;
		this.export = export;
	}

	@GetMapping
	String view(@ModelAttribute("params") ForecastParams params, @AuthenticationPrincipal CurrentUser me, Model model,
			Locale locale) {
		ForecastRequest request = scope.request(params, me);
		SalesForecast forecast = forecasts.forecast(request);
		SellInPlan plan = forecasts.sellIn(request);
		List<TrackRecord> track = forecasts.trackRecord(request);
		model.addAttribute("nav", "forecast");
		model.addAttribute("tab", "forecast");
		model.addAttribute("request", request);
		model.addAttribute("code", scope.code(me, params.distributor()));
		model.addAttribute("options", options.of(me, request.groupId(), request.sku()));
		model.addAttribute("groupPath", options.groupPath(request.groupId()).orElse(null));
		model.addAttribute("productName", options.productName(request.sku()).orElse(null));
		model.addAttribute("forecast", forecast);
		model.addAttribute("forecastChart", charts.forecast(forecast, locale));
		model.addAttribute("plan", plan);
		model.addAttribute("sellInChart", charts.sellIn(plan, locale));
		model.addAttribute("track", track);
		model.addAttribute("trackChart", charts.trackRecord(track, locale));
		model.addAttribute("changes", forecasts.largestChanges(request.distributorId(), LIST_SIZE));
		model.addAttribute("worst", forecasts.worstErrors(request.distributorId(), LIST_SIZE));
		model.addAttribute("exportLink", params.on("/forecast/export.xlsx"));
		return "forecasting/forecast";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@ModelAttribute("params") ForecastParams params,
			@AuthenticationPrincipal CurrentUser me, Locale locale) {
		ForecastRequest request = scope.request(params, me);
		SalesForecast forecast = forecasts.forecast(request);
		SellInPlan plan = forecasts.sellIn(request);
		ForecastExport.Selection selection = new ForecastExport.Selection(scope.code(me, params.distributor()),
				options.groupPath(request.groupId()).orElse(null), request.sku(),
				options.productName(request.sku()).orElse(null));
		return export.xlsx(request, selection, forecast, plan, locale);
	}

}
