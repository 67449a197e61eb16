package com.sellout.portal.analytics.web;

import java.math.BigDecimal;

import com.sellout.portal.analytics.SalesComparison;
import com.sellout.portal.shared.DisplayNumbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The insight pages' figures as people read them, in the reader's language: money to the
 * rouble (a table of amounts, not of kopecks), quantities with their decimals, percents
 * with one, changes with their sign. Empty for what is not known. Used from templates as
 * {@code ${@insightFigures.money(r.amountNet())}}.
 */
@Component("insightFigures")
class InsightFigures {

	public String money(BigDecimal value) {
		return value == null ? "" : format(value, "#,##0");
	}

	public String signedMoney(BigDecimal value) {
		return value == null ? "" : sign(value) + format(value.abs(), "#,##0");
	}

	public String units(BigDecimal value) {
		return value == null ? "" : format(value, "#,##0.###");
	}

	public String count(long value) {
		return format(BigDecimal.valueOf(value), "#,##0");
	}

	public String percent(BigDecimal value) {
		return value == null ? "" : DisplayNumbers.percent(value, "#,##0.#", LocaleContextHolder.getLocale());
	}

	public String signedPercent(BigDecimal value) {
		return value == null ? "—" : DisplayNumbers.signedPercent(value, "#,##0.#", LocaleContextHolder.getLocale());
	}

	/** The change of a figure in percent, signed; «—» with nothing before. */
	public String change(BigDecimal now, BigDecimal before) {
		return signedPercent(SalesComparison.percent(now, before));
	}

	public String change(long now, long before) {
		return change(BigDecimal.valueOf(now), BigDecimal.valueOf(before));
	}

	public String changeClass(BigDecimal now, BigDecimal before) {
		return changeClass(SalesComparison.percent(now, before));
	}

	public String changeClass(long now, long before) {
		return changeClass(BigDecimal.valueOf(now), BigDecimal.valueOf(before));
	}

	/** How a change reads: up is good, down is bad. */
	public String changeClass(BigDecimal value) {
		return value == null || value.signum() == 0 ? "" : value.signum() > 0 ? "up" : "bad";
	}

	private static String sign(BigDecimal value) {
		return DisplayNumbers.sign(value);
	}

	static String format(BigDecimal value, String pattern) {
		return DisplayNumbers.format(value, pattern, LocaleContextHolder.getLocale());
	}

}
