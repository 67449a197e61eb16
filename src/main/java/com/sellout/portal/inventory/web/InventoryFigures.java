package com.sellout.portal.inventory.web;

import java.math.BigDecimal;

import com.sellout.portal.shared.DisplayNumbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The inventory's figures as the page writes them, in the reader's language: units with
 * as many decimals as they have (up to three — stock can be weighed), money and percents
 * with two, a gap with its sign so that a shortfall reads as one. Empty for what is not
 * known. Used from templates as {@code ${@inventoryFigures.units(r.sellIn())}}.
 */
@Component("inventoryFigures")
class InventoryFigures {

	public String units(BigDecimal value) {
		return value == null ? "" : format(value, "#,##0.###");
	}

	public String signedUnits(BigDecimal value) {
		return value == null ? "" : sign(value) + format(value.abs(), "#,##0.###");
	}

	public String money(BigDecimal value) {
		return value == null ? "" : format(value, "#,##0.00");
	}

	public String signedMoney(BigDecimal value) {
		return value == null ? "" : sign(value) + format(value.abs(), "#,##0.00");
	}

	/** Money rounded to the rouble, for a total that must fit a card. */
	public String signedWhole(BigDecimal value) {
		return value == null ? "" : sign(value) + format(value.abs(), "#,##0");
	}

	public String percent(BigDecimal value) {
		return value == null ? "" : DisplayNumbers.signedPercent(value, "#,##0.##", LocaleContextHolder.getLocale());
	}

	public String weeks(BigDecimal value) {
		return value == null ? "" : format(value, "#,##0.#");
	}

	/** How a gap reads: "bad" when less is there than should be, "warn" when more. */
	public String gapClass(BigDecimal value) {
		if (value == null || value.signum() == 0) {
			return "";
		}
		return value.signum() < 0 ? "bad" : "warn";
	}

	private static String sign(BigDecimal value) {
		return DisplayNumbers.sign(value);
	}

	private static String format(BigDecimal value, String pattern) {
		return DisplayNumbers.format(value, pattern, LocaleContextHolder.getLocale());
	}

}
