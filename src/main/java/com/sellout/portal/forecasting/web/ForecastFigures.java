package com.sellout.portal.forecasting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import com.sellout.portal.shared.DisplayNumbers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the forecast pages write figures ({@code @forecastFigures} in the templates), in
 * the reader's language — «1 234,5» in Russian, «1,234.5» in English, the minus sign a
 * real one — the backtest's fractions as percents, and a chart's data as the JSON of its
 * {@code data-chart} attribute (forecast.js parses it, never runs it).
 */
@Component("forecastFigures")
public class ForecastFigures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A quantity: whole units from 10 on (a forecast's decimals are noise there), one
	 * decimal below.
	 */
	public String quantity(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		return value.abs().compareTo(BigDecimal.TEN) >= 0 ? format(value.setScale(0, RoundingMode.HALF_UP), "#,##0")
				: format(value, "#,##0.#");
	}

	/** A fraction (0.183) as a percent (18,3 %). */
	public String percent(BigDecimal fraction) {
		if (fraction == null) {
			return "—";
		}
		return format(fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP), "#,##0.0")
				+ DisplayNumbers.PERCENT;
	}

	/** A signed fraction as a percent: «+4,2 %», «−7,0 %». */
	public String signedPercent(BigDecimal fraction) {
		if (fraction == null) {
			return "—";
		}
		return (fraction.signum() > 0 ? "+" : "") + percent(fraction);
	}

	/** A percent already in percent (a forecast change). */
	public String changePercent(BigDecimal percent) {
		if (percent == null) {
			return "—";
		}
		return (percent.signum() > 0 ? "+" : "") + format(percent.setScale(1, RoundingMode.HALF_UP), "#,##0.0")
				+ DisplayNumbers.PERCENT;
	}

	/** MASE: two decimals. */
	public String ratio(BigDecimal value) {
		return value == null ? "—" : format(value.setScale(2, RoundingMode.HALF_UP), "0.00");
	}

	/**
	 * How far a forecast was off: (forecast − actual) / actual, none without an actual.
	 */
	public BigDecimal error(BigDecimal forecast, BigDecimal actual) {
		if (forecast == null || actual == null || actual.signum() == 0) {
			return null;
		}
		return forecast.subtract(actual).divide(actual.abs(), 4, RoundingMode.HALF_UP);
	}

	/** The css class of a backtest's WAPE: good (≤ 20 %), fair (≤ 50 %) or poor. */
	public String grade(BigDecimal wape) {
		if (wape == null) {
			return "none";
		}
		if (wape.compareTo(new BigDecimal("0.2")) <= 0) {
			return "good";
		}
		return wape.compareTo(new BigDecimal("0.5")) <= 0 ? "fair" : "poor";
	}

	/** The sum of a column (none counts as 0). */
	public BigDecimal sum(List<BigDecimal> values) {
		return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The forecast page of one series (a list's link). */
	public String link(String distributor, String sku) {
		return ForecastParams.link(distributor, sku);
	}

	public String json(Object chart) {
		return JSON.writeValueAsString(chart);
	}

	private static String format(BigDecimal value, String pattern) {
		return DisplayNumbers.format(value, pattern, LocaleContextHolder.getLocale());
	}

}
