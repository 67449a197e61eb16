package com.sellout.portal.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.sellout.portal.analytics.SalesComparison;
import com.sellout.portal.shared.DisplayNumbers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the analytics pages write figures ({@code @analyticsFigures} in the templates), in
 * the reader's language: Russian groups thousands with a (no-break) space and writes a
 * decimal comma — «1 234 567,89» — English «1,234,567.89»; a change is signed with ▲ or ▼
 * and its percent.
 */
@Component("analyticsFigures")
public class AnalyticsFigures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Net amount, two decimals. */
	public String money(BigDecimal value) {
		return value == null ? "—" : format(value.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
	}

	/** A whole amount (a legend's bound). */
	public String whole(BigDecimal value) {
		return value == null ? "—" : format(value.setScale(0, RoundingMode.HALF_UP), "#,##0");
	}

	/** A quantity, as many decimals as it has (up to three). */
	public String quantity(BigDecimal value) {
		return value == null ? "—" : format(value, "#,##0.###");
	}

	/** A count: lines, clients («—» where not counted). */
	public String count(@Nullable Long value) {
		return value == null ? "—" : format(BigDecimal.valueOf(value), "#,##0");
	}

	/** A share of a total in percent, one decimal; none of a zero total. */
	public String share(BigDecimal part, BigDecimal total) {
		if (part == null || total == null || total.signum() == 0) {
			return "—";
		}
		return format(part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP), "0.0")
				+ DisplayNumbers.PERCENT;
	}

	/**
	 * The change from before to now: «▲ 12,5 %», «▼ 3,0 %», «0,0 %», or «—» with nothing
	 * to compare.
	 */
	public String change(BigDecimal now, BigDecimal before) {
		BigDecimal percent = SalesComparison.percent(now, before);
		if (percent == null) {
			return "—";
		}
		String text = format(percent.abs(), "#,##0.0") + DisplayNumbers.PERCENT;
		return switch (percent.signum()) {
			case 1 -> "▲ +" + text;
			case -1 -> "▼ −" + text;
			default -> text;
		};
	}

	/** The css class of a change: up, down or none. */
	public String changeClass(BigDecimal now, BigDecimal before) {
		BigDecimal percent = SalesComparison.percent(now, before);
		if (percent == null || percent.signum() == 0) {
			return "none";
		}
		return percent.signum() > 0 ? "up" : "down";
	}

	public BigDecimal of(long value) {
		return BigDecimal.valueOf(value);
	}

	/**
	 * A chart's data as the JSON of its {@code data-chart} attribute (the attribute is
	 * HTML-escaped by the template; analytics.js parses it, never runs it).
	 */
	public String json(Object chart) {
		return JSON.writeValueAsString(chart);
	}

	private static String format(BigDecimal value, String pattern) {
		return DisplayNumbers.format(value, pattern, LocaleContextHolder.getLocale());
	}

}
