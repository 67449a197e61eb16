package com.sellout.portal.forecasting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sellout.portal.forecasting.ForecastMonth;
import com.sellout.portal.forecasting.MonthQuantity;
import com.sellout.portal.forecasting.SalesForecast;
import com.sellout.portal.forecasting.SellInMonth;
import com.sellout.portal.forecasting.SellInPlan;
import com.sellout.portal.forecasting.TrackRecord;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The forecast page's charts as the data forecast.js draws: the history and the forecast
 * on one time axis with the 80 % interval as a band (its lower bound, then its width
 * stacked on it), the sell-in need with its parts, and the track record — each with its
 * names in the reader's language, so that the script only draws.
 */
@Component
class ForecastCharts {

	private final MessageSource messages;

	ForecastCharts(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, Object> forecast(SalesForecast forecast, Locale locale) {
		List<String> months = new ArrayList<>();
		List<BigDecimal> history = new ArrayList<>();
		List<BigDecimal> point = new ArrayList<>();
		List<BigDecimal> lower = new ArrayList<>();
		List<BigDecimal> band = new ArrayList<>();
		for (MonthQuantity m : forecast.history()) {
			months.add(m.period().toString());
			history.add(m.quantity());
			point.add(null);
			lower.add(null);
			band.add(null);
		}
		// the forecast's line starts at the last month of history, so the two join
		if (!history.isEmpty() && !forecast.forecast().isEmpty()) {
			point.set(point.size() - 1, history.get(history.size() - 1));
		}
		for (ForecastMonth m : forecast.forecast()) {
			months.add(m.period().toString());
			history.add(null);
			point.add(m.quantity());
			lower.add(m.lower80());
			band.add(m.upper80().subtract(m.lower80()).max(BigDecimal.ZERO));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "forecast");
		chart.put("months", months);
		chart.put("history", history);
		chart.put("forecast", point);
		chart.put("lower", lower);
		chart.put("band", band);
		chart.put("labels",
				Map.of("history", text("forecast.chart.history", locale), "forecast",
						text("forecast.chart.forecast", locale), "band", text("forecast.chart.band", locale), "lower",
						text("forecast.lower80", locale), "upper", text("forecast.upper80", locale)));
		return chart;
	}

	Map<String, Object> sellIn(SellInPlan plan, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "sellin");
		chart.put("months", plan.months().stream().map(m -> m.period().toString()).toList());
		chart.put("need", plan.months().stream().map(SellInMonth::sellInNeeded).toList());
		chart.put("sellOut", plan.months().stream().map(SellInMonth::sellOutForecast).toList());
		chart.put("named", plan.months().stream().map(SellInMonth::namedOrders).toList());
		chart.put("target", plan.months().stream().map(SellInMonth::targetStock).toList());
		chart.put("stock", plan.months().stream().map(SellInMonth::projectedStock).toList());
		chart.put("transit", plan.months().stream().map(SellInMonth::inTransit).toList());
		chart.put("labels",
				Map.of("need", text("forecast.sellIn.needed", locale), "sellOut",
						text("forecast.sellIn.sellOut", locale), "named", text("forecast.sellIn.named", locale),
						"target", text("forecast.sellIn.target", locale), "stock",
						text("forecast.sellIn.stock", locale), "transit", text("forecast.sellIn.transit", locale)));
		return chart;
	}

	Map<String, Object> trackRecord(List<TrackRecord> records, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "track");
		chart.put("months", records.stream().map(r -> r.period().toString()).toList());
		chart.put("forecast", records.stream().map(TrackRecord::forecast).toList());
		chart.put("actual", records.stream().map(TrackRecord::actual).toList());
		chart.put("labels", Map.of("forecast", text("forecast.track.forecast", locale), "actual",
				text("forecast.track.actual", locale)));
		return chart;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
